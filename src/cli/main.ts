// The `taskdef` command: check, fix, schema and sidecar, over the same core as the editor.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { taskDefinitionJsonSchema } from '../domain/index.ts';
import { runCheck, runFix, type OutputFormat } from './commands.ts';
import type { CliIo } from './io.ts';
import { runSidecarCommand } from './sidecar-command.ts';

const USAGE = `usage: taskdef <command> [options]

  check [--format json|github] FILE...   problems per file (exit 1 if any error, 2 if a file cannot be read)
  fix   [--format json] FILE...   the register-ready document on stdout, the fixes applied on stderr
  schema [--out FILE]             the JSON Schema of the register input
  sidecar add|remove xray|adot FILE   add or remove a tracing sidecar, printing the resulting document

FILE may be - for standard input. --format json prints one JSON object per file per line;
--format github prints GitHub Actions annotations (on the problem's line, for JSON files).
`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// `npm run taskdef` runs from the package root, wherever it was typed; npm passes that directory as
// INIT_CWD, and a relative FILE means a file there.
export const processIo: CliIo = {
  readFile: async (path) =>
    path === '-' ? readStdin() : readFileSync(resolve(process.env.INIT_CWD ?? '.', path), 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const formatAt = rest.indexOf('--format');
  const format = formatAt >= 0 ? rest[formatAt + 1] : 'plain';
  const files = rest.filter((a, i) => a !== '--format' && rest[i - 1] !== '--format');
  switch (command) {
    case 'check':
    case 'fix': {
      if (files.length === 0) break;
      const formats = command === 'check' ? ['plain', 'json', 'github'] : ['plain', 'json'];
      if (format === undefined || !formats.includes(format)) {
        io.stderr(
          `taskdef ${command}: --format takes ${formats.slice(1).join(' or ')}, not ${format ?? 'nothing'}\n`,
        );
        return 2;
      }
      return command === 'check'
        ? runCheck(files, format as OutputFormat, io)
        : runFix(files, format === 'json', io);
    }
    case 'schema': {
      const text = JSON.stringify(taskDefinitionJsonSchema(), null, 2) + '\n';
      const out = rest.indexOf('--out');
      const target = out >= 0 ? rest[out + 1] : undefined;
      if (target) writeFileSync(target, text);
      else io.stdout(text);
      return 0;
    }
    case 'sidecar':
      return runSidecarCommand(rest, io);
    case undefined:
    case '--help':
    case 'help':
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
  }
  io.stderr(USAGE);
  return 2;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`taskdef: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
