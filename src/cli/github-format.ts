// `taskdef check --format github`: each problem as a GitHub Actions workflow command, which the
// Actions runner turns into an annotation on the file's line (shown in the pull request's diff).
import { createLocator } from '../lib/json/locate.ts';
import type { FileReport } from './commands.ts';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Workflow-command escaping: the message, and (stricter) a property value such as the file name. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function lineAndColumn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

/**
 * `text` is the file as read when its problems were found in it as written (JSON): each annotation then
 * carries the line and column of its path. Converted files (YAML, CloudFormation) get the file only.
 */
export function formatGithub(report: FileReport, text: string | undefined): string {
  const locate = text !== undefined ? createLocator(text) : undefined;
  return report.problems
    .map((p) => {
      const props = [`file=${escapeProperty(report.file)}`];
      const range = locate?.(p.path, p.code === 'unknown-parameter' ? 'key' : 'value');
      if (text !== undefined && range) {
        const { line, col } = lineAndColumn(text, range.offset);
        props.push(`line=${line}`, `col=${col}`);
      }
      props.push(`title=${escapeProperty(`taskdef ${p.code}`)}`);
      const where = p.path === '' ? '' : `${p.path}: `;
      return `::${LEVEL[p.severity]} ${props.join(',')}::${escapeData(where + p.message)}\n`;
    })
    .join('');
}
