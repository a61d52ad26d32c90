// The Node half of `npm run bench`: the core's speed on the 56 KB definition, against JSON.parse and
// against ajv validating the emitted JSON Schema, measured in the same run; and `taskdef check` per
// corpus file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { check, taskDefinitionJsonSchema } from '../src/domain/index.ts';
import { main } from '../src/cli/main.ts';
import { captureIo } from '../src/cli/test-io.ts';
import { bigDefinition } from './big-definition.ts';
import { measure, ms, summarize, table } from './stats.ts';

export async function nodeBench(): Promise<string> {
  const doc = bigDefinition();
  const text = JSON.stringify(doc, null, 2);
  const parse = measure(() => JSON.parse(text));
  const full = measure(() => check(doc));
  const parseAndCheck = measure(() => check(JSON.parse(text)));
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(taskDefinitionJsonSchema());
  const shapeOnly = measure(() => validate(doc));

  const rows = [
    ['JSON.parse (baseline)', ms(parse.median), ms(parse.p95), '1.0'],
    ['check: schema + every rule', ms(full.median), ms(full.p95), (full.median / parse.median).toFixed(1)],
    [
      'JSON.parse + check',
      ms(parseAndCheck.median),
      ms(parseAndCheck.p95),
      (parseAndCheck.median / parse.median).toFixed(1),
    ],
    [
      'ajv, emitted JSON Schema (shape only)',
      ms(shapeOnly.median),
      ms(shapeOnly.p95),
      (shapeOnly.median / parse.median).toFixed(1),
    ],
  ];
  let out = `### Core, Node ${process.version}, ${(JSON.stringify(doc).length / 1024).toFixed(1)} KB definition (${(text.length / 1024).toFixed(1)} KB pretty-printed, 10 containers x 50 env vars), ${parse.runs} runs each\n\n`;
  out += table(['figure', 'median ms', 'p95 ms', 'x JSON.parse'], rows);
  out += `\n\ncheck / ajv (median): ${(full.median / shapeOnly.median).toFixed(1)}x\n\n`;

  const corpus = join(process.cwd(), '..', 'shared', 'corpus');
  const files = readdirSync(corpus).filter((f) => f !== 'MANIFEST.tsv');
  const perFile: { file: string; ms: number; problems: number }[] = [];
  for (const f of files) {
    const samples: number[] = [];
    let problems = 0;
    for (let i = 0; i < 7; i++) {
      const io = captureIo();
      const t0 = performance.now();
      await main(['check', '--format', 'json', join(corpus, f)], io);
      samples.push(performance.now() - t0);
      problems = (JSON.parse(io.out) as { problems: unknown[] }).problems.length;
    }
    perFile.push({ file: f, ms: summarize(samples).median, problems });
  }
  const all = summarize(perFile.map((p) => p.ms));
  out += `### \`taskdef check\` over ${files.length} corpus files (in-process, median of 7 runs per file)\n\n`;
  out += `total ${ms(perFile.reduce((s, p) => s + p.ms, 0))} ms; per file median ${ms(all.median)} ms, p95 ${ms(all.p95)} ms\n\n`;
  out += table(
    ['file', 'median ms', 'problems'],
    perFile.map((p) => [p.file, ms(p.ms), String(p.problems)]),
  );
  return out + '\n';
}
