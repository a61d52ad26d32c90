// Every generator against the importer: what toCloudFormation writes, importText reads back to the
// same document; the Terraform containers and the CDK props literal read back the same too.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../export/index.ts';
import { importText } from '../import/index.ts';
import { jsonEqual, type JsonObject } from '../json.ts';
import { fromCdkProps } from './cfn-names.ts';
import { toCdk } from './cdk.ts';
import { toCloudFormation } from './cloudformation.ts';
import { readContainerDefinitions } from './hcl-reader.test-util.ts';
import { toTerraform } from './terraform.ts';
import { RICH_DOCUMENT } from './test-documents.ts';
import { evaluate, parseSnippet } from './ts-reader.test-util.ts';

const CORPUS = `${process.cwd()}/../shared/corpus/`;

function corpusDocuments(): { file: string; doc: JsonObject }[] {
  return readdirSync(CORPUS)
    .filter((f) => f !== 'MANIFEST.tsv')
    .flatMap((file) => {
      const r = importText(readFileSync(CORPUS + file, 'utf8'));
      return r.ok ? [{ file, doc: r.document }] : [];
    });
}

/** The differences between what each format gives back and the exported document ('' = none). */
function roundTrip(doc: JsonObject): string[] {
  const expected = exportDocument(doc);
  const failures: string[] = [];
  for (const format of ['yaml', 'json'] as const) {
    const back = importText(toCloudFormation(doc, { format }));
    if (!back.ok || !jsonEqual(exportDocument(back.document), expected))
      failures.push(`cloudformation ${format}`);
  }
  const containers = readContainerDefinitions(toTerraform(doc));
  if (!jsonEqual(containers, expected.containerDefinitions ?? [])) failures.push('terraform');
  const { errors, props } = parseSnippet(toCdk(doc));
  if (errors.length > 0 || !props || !jsonEqual(fromCdkProps(evaluate(props) as JsonObject), expected))
    failures.push('cdk');
  return failures;
}

describe('round trips', () => {
  it('the rich document comes back from every format', () => {
    expect(roundTrip(RICH_DOCUMENT)).toEqual([]);
  });

  it('every corpus document the importer reads comes back from every format', () => {
    const docs = corpusDocuments();
    expect(docs.length).toBeGreaterThan(100);
    const failures = docs.flatMap(({ file, doc }) => roundTrip(doc).map((f) => `${file}: ${f}`));
    expect(failures).toEqual([]);
  });

  it('generated documents come back from every format', () => {
    const text = fc.string({ maxLength: 12 });
    const map = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), text, { maxKeys: 3 });
    const container = fc.record(
      {
        name: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
        image: fc.constantFrom('nginx:latest', '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1'),
        memory: fc.integer({ min: 6, max: 4096 }),
        essential: fc.boolean(),
        environment: fc.array(fc.record({ name: fc.stringMatching(/^[A-Z_]{1,8}$/), value: text }), {
          maxLength: 2,
        }),
        dockerLabels: map,
        logConfiguration: fc.record({ logDriver: fc.constant('awslogs'), options: map }),
        portMappings: fc.array(
          fc.record({
            containerPort: fc.integer({ min: 1, max: 65535 }),
            protocol: fc.constantFrom('tcp', 'udp'),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ['name', 'image'] },
    );
    const volume = fc.oneof(
      fc.record({
        name: fc.stringMatching(/^[a-z]{1,6}$/),
        efsVolumeConfiguration: fc.record({
          fileSystemId: fc.stringMatching(/^fs-[0-9a-f]{8}$/),
          authorizationConfig: fc.record({ iam: fc.constantFrom('ENABLED', 'DISABLED') }),
        }),
      }),
      fc.record({
        name: fc.stringMatching(/^[a-z]{1,6}$/),
        dockerVolumeConfiguration: fc.record({
          scope: fc.constantFrom('task', 'shared'),
          driverOpts: map,
          labels: map,
        }),
      }),
    );
    const task = fc.record(
      {
        family: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
        containerDefinitions: fc.array(container, { minLength: 1, maxLength: 3 }),
        volumes: fc.array(volume, { maxLength: 2 }),
        tags: fc.array(
          fc.record({ key: fc.stringMatching(/^[a-z]{1,8}$/), value: fc.stringMatching(/^[a-z0-9]{0,8}$/) }),
          { maxLength: 2 },
        ),
        ephemeralStorage: fc.record({ sizeInGiB: fc.integer({ min: 21, max: 200 }) }),
        proxyConfiguration: fc.record({
          type: fc.constant('APPMESH'),
          containerName: fc.constant('envoy'),
          properties: fc.array(
            fc.record({
              name: fc.constantFrom('AppPorts', 'IgnoredUID'),
              value: fc.stringMatching(/^[0-9]{1,4}$/),
            }),
            { maxLength: 2 },
          ),
        }),
        cpu: fc.constantFrom('256', '1024'),
      },
      { requiredKeys: ['family', 'containerDefinitions'] },
    );
    fc.assert(
      fc.property(task, (doc) => {
        expect(roundTrip(doc as unknown as JsonObject)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
