// Runs botocore's validator (scripts/botocore-validate.py) over documents, for tests.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface OracleVerdict {
  ok: boolean;
  report?: string;
}

const script = fileURLToPath(new URL('./botocore-validate.py', import.meta.url));

export function botocoreValidate(documents: readonly unknown[]): OracleVerdict[] {
  if (documents.length === 0) return [];
  const input = documents.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const out = execFileSync('python3', [script], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as OracleVerdict);
}
