// Issue #2: "Each rule has a failing and a passing unit test." Runs the rule tests with every rule
// instrumented (setup.ts) and, for every code documented in docs/rules-*.md and every code a rule
// returned, lists the tests that got the code (failing case) and the tests where the same rule ran
// and did not return it (passing case). Exits 1 when a code lacks either, or is not documented.
//   npx tsx scripts/rule-test-coverage/run.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url);
const out = join(mkdtempSync(join(tmpdir(), 'rule-coverage-')), 'records.jsonl');
let testsFailed = false;
try {
  execFileSync('npx', ['vitest', 'run', '--config', 'scripts/rule-test-coverage/vitest.config.ts'], {
    cwd: root,
    env: { ...process.env, RULE_COVERAGE_OUT: out },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} catch {
  testsFailed = true; // still report what the tests that ran covered
}

interface Call {
  test: string;
  rule: string;
  codes: string[];
}
const calls = readFileSync(out, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Call);
const documented = new Set(
  ['docs/rules-task.md', 'docs/rules-container.md'].flatMap((f) =>
    [...readFileSync(new URL(f, root), 'utf8').matchAll(/^\| *`([a-z0-9-]+)`/gm)].map((m) => m[1] ?? ''),
  ),
);

const rulesOf = new Map<string, Set<string>>();
const failing = new Map<string, Set<string>>();
const passing = new Map<string, Set<string>>();
const add = (m: Map<string, Set<string>>, k: string, v: string): void => {
  const s = m.get(k) ?? new Set<string>();
  s.add(v);
  m.set(k, s);
};
for (const call of calls)
  for (const code of call.codes) {
    add(rulesOf, code, call.rule);
    add(failing, code, call.test);
  }
for (const call of calls)
  for (const [code, rules] of rulesOf)
    if (rules.has(call.rule) && !call.codes.includes(code)) add(passing, code, call.test);

const gaps: string[] = testsFailed ? ['some rule tests fail (run them with vitest)'] : [];
const codes = [...new Set([...documented, ...rulesOf.keys()])].sort();
for (const code of codes) {
  const f = failing.get(code)?.size ?? 0;
  const p = passing.get(code)?.size ?? 0;
  if (f === 0) gaps.push(`${code}: no test where a rule returns it`);
  if (p === 0) gaps.push(`${code}: no test where its rule runs and does not return it`);
  if (!documented.has(code)) gaps.push(`${code}: returned by a rule but not in docs/rules-*.md`);
}
console.log(`${codes.length} codes, ${calls.length} rule runs in the tests.`);
console.log(gaps.length === 0 ? 'Every code has a failing and a passing test.' : gaps.join('\n'));
process.exitCode = gaps.length === 0 ? 0 : 1;
