// `taskdef check` and `taskdef fix`: thin shells over the domain.
import {
  check,
  exportJson,
  fixAll,
  importText,
  isJsonObject,
  type AppliedFix,
  type ImportResult,
  type Problem,
} from '../domain/index.ts';
import { formatGithub } from './github-format.ts';
import type { CliIo } from './io.ts';

/** plain: a line per problem; json: an object per file per line; github: Actions annotations. */
export type OutputFormat = 'plain' | 'json' | 'github';

export interface FileReport {
  readonly file: string;
  readonly document?: unknown;
  readonly fixes: readonly AppliedFix[];
  readonly problems: readonly Pick<Problem, 'path' | 'severity' | 'code' | 'message'>[];
  /** What the import could not do for the file (only the first of several task definitions read,
   * placeholders left as text, ...); present only when there is something to say. */
  readonly notes?: readonly string[];
}

/** The import's notes as report members: none at all when there are none. */
function notesOf(imported: Extract<ImportResult, { ok: true }>): { notes?: readonly string[] } {
  return imported.notes.length > 0 ? { notes: imported.notes } : {};
}

function printNotes(file: string, notes: readonly string[] | undefined, io: CliIo): void {
  for (const n of notes ?? []) io.stderr(`${file}: note: ${n}\n`);
}

type Loaded = { ok: true; text: string; imported: ImportResult } | { ok: false; message: string };

async function load(file: string, io: CliIo): Promise<Loaded> {
  try {
    const text = await io.readFile(file);
    return { ok: true, text, imported: importText(text) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

const plainProblem = (
  p: Pick<Problem, 'path' | 'severity' | 'code' | 'message'>,
): FileReport['problems'][number] => ({
  path: p.path,
  severity: p.severity,
  code: p.code,
  message: p.message,
});

/** Kinds that are sent to `register-task-definition --cli-input-json` as they are, mistakes included. */
const AS_WRITTEN: ReadonlySet<string> = new Set(['register-input', 'describe-output']);

/**
 * The problems of a file as it would be sent. Register input and describe output in JSON are checked
 * exactly as written, as the editor's JSON pane checks them (nulls, read-only fields, the describe
 * wrapper and wrong types are what the CLI would refuse; `taskdef fix` repairs them); other kinds
 * (CloudFormation, a container list, YAML) cannot be sent as they are, so their converted document is
 * checked and the conversion is listed under fixes.
 */
function problemsOf(
  text: string,
  imported: Extract<ImportResult, { ok: true }>,
): { problems: Problem[]; asWritten: boolean } {
  if (AS_WRITTEN.has(imported.kind)) {
    try {
      const raw: unknown = JSON.parse(text);
      if (isJsonObject(raw)) return { problems: check(raw), asWritten: true };
    } catch {
      // YAML or a templated file: fall back to the converted document
    }
  }
  return { problems: check(imported.document), asWritten: false };
}

function readFailure(loaded: Loaded): string | undefined {
  if (!loaded.ok) return loaded.message;
  if (loaded.imported.ok) return undefined;
  const e = loaded.imported.error;
  return `line ${e.line}, column ${e.column}: ${e.message}`;
}

function unreadable(file: string, message: string): FileReport {
  return { file, fixes: [], problems: [{ path: '', severity: 'error', code: 'unreadable', message }] };
}

export async function runCheck(files: readonly string[], format: OutputFormat, io: CliIo): Promise<number> {
  let exit = 0;
  const json = format === 'json';
  for (const file of files) {
    const loaded = await load(file, io);
    let report: FileReport;
    let checkedText: string | undefined;
    const failure = readFailure(loaded);
    if (failure !== undefined || !loaded.ok || !loaded.imported.ok) {
      report = unreadable(file, failure ?? 'cannot be read');
      exit = 2;
    } else {
      const { problems, asWritten } = problemsOf(loaded.text, loaded.imported);
      // Register input is never converted; what was checked as written has nothing converted to list.
      const fixes = asWritten || loaded.imported.kind === 'register-input' ? [] : loaded.imported.fixes;
      report = { file, fixes, problems: problems.map(plainProblem), ...notesOf(loaded.imported) };
      if (asWritten) checkedText = loaded.text;
      if (exit === 0 && problems.some((p) => p.severity === 'error')) exit = 1;
    }
    io.stdout(
      json
        ? JSON.stringify(report) + '\n'
        : format === 'github'
          ? formatGithub(report, checkedText)
          : formatPlain(report),
    );
    if (!json) printNotes(file, report.notes, io);
  }
  return exit;
}

export async function runFix(files: readonly string[], json: boolean, io: CliIo): Promise<number> {
  let exit = 0;
  for (const file of files) {
    const loaded = await load(file, io);
    const failure = readFailure(loaded);
    if (failure !== undefined || !loaded.ok || !loaded.imported.ok) {
      const report = unreadable(file, failure ?? 'cannot be read');
      if (json) io.stdout(JSON.stringify(report) + '\n');
      else io.stderr(formatPlain(report));
      exit = 2;
      continue;
    }
    const result = fixAll(loaded.imported.document);
    const fixes = [...loaded.imported.fixes, ...result.applied];
    const problems = result.problems.map(plainProblem);
    if (exit === 0 && problems.some((p) => p.severity === 'error')) exit = 1;
    if (json) {
      io.stdout(
        JSON.stringify({
          file,
          document: JSON.parse(exportJson(result.document)) as unknown,
          fixes,
          problems,
          ...notesOf(loaded.imported),
        }) + '\n',
      );
    } else {
      io.stdout(exportJson(result.document));
      for (const f of fixes) io.stderr(`${file}:${f.path || '(document)'}: fixed: ${f.message}\n`);
      io.stderr(formatPlain({ file, fixes, problems }));
      printNotes(file, loaded.imported.notes, io);
    }
  }
  return exit;
}

export function formatPlain(report: FileReport): string {
  if (report.problems.length === 0) return `${report.file}: no problems\n`;
  return report.problems
    .map((p) => `${report.file}:${p.path || '(document)'}: ${p.severity}: ${p.message} [${p.code}]\n`)
    .join('');
}
