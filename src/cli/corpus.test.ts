// Every file of the shared corpus is answered by `check` and `fix` without a crash, and every document
// that `fix` calls error-free passes botocore's own validation of the register input.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { botocoreValidate } from '../../scripts/botocore-oracle.ts';
import { check, exportJson, fixAll, isJsonObject, type JsonObject } from '../domain/index.ts';
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

  it('fix leaves no error that a fix could repair, and fixing its output again changes nothing', async () => {
    const left: string[] = [];
    for (const file of files) {
      const io = captureIo();
      await main(['fix', '--format', 'json', file], io);
      const report = JSON.parse(io.out) as { document?: unknown };
      if (!isJsonObject(report.document)) continue; // unreadable: answered with exit 2 above
      for (const p of check(report.document))
        if (p.severity === 'error' && p.fix) left.push(`${file}: ${p.code} at ${p.path} (${p.fix.title})`);
      const again = fixAll(report.document);
      for (const a of again.applied) left.push(`${file}: second fix applied ${a.code} at ${a.path}`);
    }
    expect(left).toEqual([]);
  });

  it('botocore and fix agree on every output: each place botocore rejects is an error of ours, and back', async () => {
    const outputs: { file: string; document: JsonObject; shapeErrors: Set<string> }[] = [];
    for (const file of files) {
      const io = captureIo();
      await main(['fix', '--format', 'json', file], io);
      const report = JSON.parse(io.out) as {
        document?: unknown;
        problems: { path: string; severity: string; code: string }[];
      };
      if (!isJsonObject(report.document)) continue;
      const shapeErrors = new Set(
        report.problems.filter((p) => p.severity === 'error' && SHAPE_CODES.has(p.code)).map((p) => p.path),
      );
      outputs.push({ file, document: report.document, shapeErrors });
    }
    expect(outputs.length).toBeGreaterThan(100);
    const verdicts = botocoreValidate(outputs.map((o) => o.document));
    const disagreements = outputs.flatMap((o, i) => {
      const theirs = new Set(botocorePaths(verdicts[i]?.report ?? ''));
      return [
        ...[...theirs]
          .filter((p) => !o.shapeErrors.has(p))
          .map((p) => `${o.file}: botocore rejects ${p}, fix says nothing`),
        ...[...o.shapeErrors]
          .filter((p) => !theirs.has(p))
          .map((p) => `${o.file}: fix reports ${p}, botocore accepts it`),
      ];
    });
    expect(disagreements).toEqual([]);
  });

  it("agrees with the editor: Fix all on the JSON pasted into the pane gives fix's document", async () => {
    let compared = 0;
    const different: string[] = [];
    for (const file of files) {
      let pasted: unknown;
      try {
        pasted = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        continue; // not JSON: the pane would not take it; Import does what fix does
      }
      if (!isJsonObject(pasted)) continue;
      const io = captureIo();
      await main(['fix', '--format', 'json', file], io);
      const report = JSON.parse(io.out) as { document?: unknown };
      if (!isJsonObject(report.document)) continue;
      compared++;
      if (exportJson(fixAll(pasted).document) !== exportJson(report.document)) different.push(file);
    }
    expect(compared).toBeGreaterThan(70);
    expect(different).toEqual([]);
  });

  it('reads the places out of a botocore report', () => {
    expect(
      botocorePaths(
        'Parameter validation failed:\nInvalid type for parameter containerDefinitions[0].cpu, value: x, type: <class \'str\'>, valid types: <class \'int\'>\nUnknown parameter in input: "AWSEBDockerrunVersion", must be one of: family\nUnknown parameter in containerDefinitions[0]: "inferenceDevices", must be one of: name\nMissing required parameter in containerDefinitions[1]: "name"',
      ),
    ).toEqual([
      'containerDefinitions[0].cpu',
      'AWSEBDockerrunVersion',
      'containerDefinitions[0].inferenceDevices',
      'containerDefinitions[1].name',
    ]);
  });
});

/** Our codes for what botocore's validator checks: types, unknown and missing members (family's own rule). */
const SHAPE_CODES = new Set(['invalid-type', 'unknown-parameter', 'missing-required', 'family-missing']);

/** The document paths a botocore validation report names. */
function botocorePaths(report: string): string[] {
  return report.split('\n').flatMap((line) => {
    const type = /^Invalid type for parameter (\S+), value:/.exec(line);
    if (type?.[1] !== undefined) return [type[1]];
    const member = /^(?:Unknown|Missing required) parameter in (\S+): "([^"]+)"/.exec(line);
    if (member?.[1] !== undefined && member[2] !== undefined)
      return [member[1] === 'input' ? member[2] : `${member[1]}.${member[2]}`];
    return [];
  });
}
