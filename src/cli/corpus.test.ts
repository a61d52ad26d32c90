// Every file of the shared corpus is answered by `check` and `fix` without a crash, and every document
// that `fix` calls error-free passes botocore's own validation of the register input.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { botocoreValidate } from '../../scripts/botocore-oracle.ts';
import { main } from './main.ts';
import { captureIo } from './test-io.ts';

const corpus = join(process.cwd(), '..', 'shared', 'corpus');
const files = readdirSync(corpus)
  .filter((f) => f !== 'MANIFEST.tsv')
  .map((f) => join(corpus, f));

describe('the corpus', () => {
  it('has files to test', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('is answered by check without a crash, one report per file', async () => {
    for (const file of files) {
      const io = captureIo();
      const code = await main(['check', '--format', 'json', file], io);
      expect([0, 1, 2], file).toContain(code);
      const report = JSON.parse(io.out);
      expect(report.file).toBe(file);
      for (const p of report.problems) expect(p.message.length, `${file} ${p.code}`).toBeGreaterThan(0);
    }
  });

  it('is answered by fix, and every error-free result passes botocore validation', async () => {
    const clean: { file: string; document: unknown }[] = [];
    for (const file of files) {
      const io = captureIo();
      const code = await main(['fix', '--format', 'json', file], io);
      expect([0, 1, 2], file).toContain(code);
      const report = JSON.parse(io.out);
      const errors = report.problems.filter((p: { severity: string }) => p.severity === 'error');
      if (code === 0) {
        expect(errors, file).toEqual([]);
        clean.push({ file, document: report.document });
      }
    }
    const verdicts = botocoreValidate(clean.map((c) => c.document));
    const rejected = clean.flatMap((c, i) =>
      verdicts[i]?.ok ? [] : [`${c.file}: ${verdicts[i]?.report ?? ''}`],
    );
    expect(rejected).toEqual([]);
    // For the record: how much of the corpus fix brings to an error-free state.
    console.log(`fix: ${clean.length} of ${files.length} corpus files error-free, all accepted by botocore`);
  });
});
