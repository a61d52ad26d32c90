// Property: whatever the document, remove(add(doc)) is doc (when add succeeds), and add is idempotent.
// The generator favours what makes exact undo hard: variables, links and dependsOn entries that already
// match what a sidecar would add, empty lists, lists that are not lists, secrets with the same names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual, type JsonObject, type JsonValue } from '../json.ts';
import { addSidecar } from './add.ts';
import type { SidecarKind } from './catalog.ts';
import { removeSidecar } from './remove.ts';

const VAR_NAMES = [
  'AWS_XRAY_DAEMON_ADDRESS',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_EXPORTER_OTLP_PROTOCOL',
  'OTHER',
];
const VALUES = [
  '127.0.0.1:2000',
  'localhost:2000',
  'xray-daemon:2000',
  'aws-otel-collector:2000',
  'http://localhost:4318',
  'http://localhost:4317',
  'http://aws-otel-collector:4318',
  'http/protobuf',
  'grpc',
  '',
];
const REFS = ['xray-daemon', 'aws-otel-collector', 'xray-daemon:alias', 'c0', 'c1'];

const maybeList = <T>(item: fc.Arbitrary<T>): fc.Arbitrary<JsonValue | undefined> =>
  fc.oneof(
    fc.constant(undefined),
    fc.constant<JsonValue>([]),
    fc.array(item, { minLength: 1, maxLength: 3 }) as fc.Arbitrary<JsonValue>,
    fc.constant('not a list'),
  );

const container = (index: number): fc.Arbitrary<JsonObject> =>
  fc
    .record({
      environment: maybeList(
        fc.record({ name: fc.constantFrom(...VAR_NAMES), value: fc.constantFrom(...VALUES) }),
      ),
      secrets: fc.option(fc.constant([{ name: 'OTEL_EXPORTER_OTLP_ENDPOINT', valueFrom: 'arn:x' }]), {
        nil: undefined,
      }),
      links: maybeList(fc.constantFrom(...REFS)),
      dependsOn: maybeList(
        fc.record({
          containerName: fc.constantFrom(...REFS),
          condition: fc.constantFrom('START', 'HEALTHY'),
        }),
      ),
      cpu: fc.option(fc.constantFrom(0, 64, 256), { nil: undefined }),
      memoryReservation: fc.option(fc.constantFrom(64, 256), { nil: undefined }),
    })
    .map((fields) => {
      const out: JsonObject = { name: `c${index}`, image: 'app:1' };
      for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v as JsonValue;
      return out;
    });

const taskDefinition: fc.Arbitrary<JsonObject> = fc
  .record({
    mode: fc.constantFrom(undefined, 'bridge', 'awsvpc', 'host'),
    fargate: fc.boolean(),
    size: fc.option(fc.constantFrom(['256', '512'], ['512', '1024'], ['1 vCPU', '2 GB'], ['2048', '4096']), {
      nil: undefined,
    }),
    count: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ mode, fargate, size, count }) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => container(i))).map((containers) => {
      const doc: JsonObject = { family: 'prop' };
      if (mode !== undefined) doc.networkMode = mode;
      if (fargate) doc.requiresCompatibilities = ['FARGATE'];
      if (size) [doc.cpu, doc.memory] = size;
      doc.containerDefinitions = containers;
      return doc;
    }),
  );

const kind = fc.constantFrom<SidecarKind>('xray', 'adot');

describe('sidecar round trips (property)', () => {
  it('remove(add(doc)) equals doc, with and without growing the task', () => {
    fc.assert(
      fc.property(taskDefinition, kind, fc.boolean(), (doc, k, growTask) => {
        const added = addSidecar(doc, k, { growTask });
        if (!added.ok) return;
        const removed = removeSidecar(added.document, k);
        expect(removed.ok && jsonEqual(removed.document, doc)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a second add changes nothing', () => {
    fc.assert(
      fc.property(taskDefinition, kind, (doc, k) => {
        const once = addSidecar(doc, k, { growTask: true });
        if (!once.ok) return;
        const twice = addSidecar(once.document, k, { growTask: true });
        expect(twice.ok && jsonEqual(twice.document, once.document) && twice.changes.length === 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('both sidecars: removing them in either order gives the document back', () => {
    fc.assert(
      fc.property(taskDefinition, (doc) => {
        const x = addSidecar(doc, 'xray');
        if (!x.ok) return;
        const both = addSidecar(x.document, 'adot');
        if (!both.ok) return;
        for (const order of [
          ['xray', 'adot'],
          ['adot', 'xray'],
        ] as const) {
          const one = removeSidecar(both.document, order[0]);
          const two = one.ok ? removeSidecar(one.document, order[1]) : one;
          expect(two.ok && jsonEqual(two.document, doc)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
