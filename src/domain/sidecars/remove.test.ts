import { describe, expect, it } from 'vitest';
import { check } from '../check.ts';
import { cloneJson, jsonEqual, type JsonObject } from '../json.ts';
import { addSidecar } from './add.ts';
import type { SidecarKind } from './catalog.ts';
import { hasSidecar, removeSidecar } from './remove.ts';
import type { SidecarResult } from './result.ts';
import { FIXTURES, awsvpcFargate, bridgeEc2 } from './test-docs.ts';

function ok(result: SidecarResult): JsonObject {
  if (!result.ok) throw new Error(result.message);
  return result.document;
}
const add = (doc: JsonObject, kind: SidecarKind) => ok(addSidecar(doc, kind, { growTask: true }));
const remove = (doc: JsonObject, kind: SidecarKind) => ok(removeSidecar(doc, kind));
const errors = (doc: JsonObject) => check(doc).filter((p) => p.severity === 'error');
const first = (doc: JsonObject): any => (doc.containerDefinitions as any[])[0];

describe('removeSidecar', () => {
  for (const [name, make] of Object.entries(FIXTURES))
    for (const kind of ['xray', 'adot'] as const)
      it(`${name}: add ${kind} then remove restores the document exactly`, () => {
        const original = make();
        const snapshot = cloneJson(original);
        const withSidecar = add(original, kind);
        expect(hasSidecar(withSidecar, kind)).toBe(true);
        expect(jsonEqual(withSidecar, original)).toBe(false);
        const back = remove(withSidecar, kind);
        expect(jsonEqual(back, original)).toBe(true);
        expect(JSON.stringify(back)).toBe(JSON.stringify(original)); // key order too
        expect(jsonEqual(original, snapshot)).toBe(true); // the input was not mutated
        expect(hasSidecar(back, kind)).toBe(false);
      });

  for (const [name, make] of Object.entries(FIXTURES)) {
    it(`${name}: both sidecars, removed in either order, give the original back`, () => {
      const original = make();
      const both = add(add(original, 'xray'), 'adot');
      expect(errors(both)).toEqual([]);
      const daemonGone = remove(both, 'xray');
      expect(hasSidecar(daemonGone, 'adot')).toBe(true);
      expect(errors(daemonGone)).toEqual([]);
      expect(jsonEqual(remove(daemonGone, 'adot'), original)).toBe(true);
      const collectorGone = remove(both, 'adot');
      // Removing the collector leaves exactly the document with the daemon alone.
      expect(jsonEqual(collectorGone, add(original, 'xray'))).toBe(true);
      expect(jsonEqual(remove(collectorGone, 'xray'), original)).toBe(true);
    });
  }

  it('leaves a variable that matched before add (recorded in the undo label)', () => {
    const doc = awsvpcFargate();
    first(doc).environment.push({ name: 'AWS_XRAY_DAEMON_ADDRESS', value: '127.0.0.1:2000' });
    const withDaemon = add(doc, 'xray');
    expect((withDaemon.containerDefinitions as any[])[1].dockerLabels['taskdef-editor.sidecar-undo']).toBe(
      '{"keep":[["checkout","env:AWS_XRAY_DAEMON_ADDRESS"]]}',
    );
    expect(jsonEqual(remove(withDaemon, 'xray'), doc)).toBe(true);
  });

  it('leaves a pre-existing link and dependsOn on the sidecar name, and empty lists', () => {
    const doc = bridgeEc2();
    first(doc).links.push('aws-otel-collector');
    first(doc).dependsOn = [{ containerName: 'aws-otel-collector', condition: 'HEALTHY' }];
    (doc.containerDefinitions as any[])[1].environment = [];
    const withCollector = add(doc, 'adot');
    expect(first(withCollector).links).toEqual(['cache', 'aws-otel-collector']);
    expect((withCollector.containerDefinitions as any[])[1].environment.length).toBe(3);
    expect(jsonEqual(remove(withCollector, 'adot'), doc)).toBe(true);
  });

  it('an empty list shared by both sidecars survives removing them in the order they were added', () => {
    const doc = awsvpcFargate('2048', '4096');
    first(doc).environment = [];
    const both = add(add(doc, 'xray'), 'adot');
    expect(first(both).environment.map((e: any) => e.name)).toEqual([
      'AWS_XRAY_DAEMON_ADDRESS',
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'OTEL_EXPORTER_OTLP_PROTOCOL',
    ]);
    const daemonGone = remove(both, 'xray');
    // The collector now carries the fact that the list was empty before the first add.
    expect((daemonGone.containerDefinitions as any[])[1].dockerLabels['taskdef-editor.sidecar-undo']).toBe(
      '{"empty":[["checkout","environment"]]}',
    );
    expect(first(remove(daemonGone, 'adot')).environment).toEqual([]);
    expect(jsonEqual(remove(daemonGone, 'adot'), doc)).toBe(true);
  });

  it('adds no undo label when the structure says everything', () => {
    const withDaemon = add(bridgeEc2(), 'xray');
    expect((withDaemon.containerDefinitions as any[]).some((c) => c.dockerLabels)).toBe(false);
  });

  it('says so, and changes nothing, when the sidecar is not there', () => {
    const doc = bridgeEc2();
    const result = removeSidecar(doc, 'xray');
    expect(result.ok && result.document === doc && result.changes.length === 0).toBe(true);
    if (result.ok) expect(result.notes.join()).toMatch(/nothing to remove/);
  });

  it('removes a hand-made collector with everything that points at it', () => {
    const doc: JsonObject = {
      family: 'otel',
      networkMode: 'bridge',
      containerDefinitions: [
        {
          name: 'aws-otel-collector',
          image: 'amazon/aws-otel-collector',
          memory: 256,
          portMappings: [{ containerPort: 2000, hostPort: 0, protocol: 'udp' }],
        },
        {
          name: 'emitter',
          image: 'app',
          memory: 256,
          links: ['aws-otel-collector'],
          environment: [
            { name: 'AWS_XRAY_DAEMON_ADDRESS', value: 'aws-otel-collector:2000' },
            { name: 'A', value: 'b' },
          ],
          dependsOn: [{ containerName: 'aws-otel-collector', condition: 'START' }],
        },
      ],
    };
    expect(remove(doc, 'adot')).toEqual({
      family: 'otel',
      networkMode: 'bridge',
      containerDefinitions: [
        { name: 'emitter', image: 'app', memory: 256, environment: [{ name: 'A', value: 'b' }] },
      ],
    });
  });

  it('still removes what points at the sidecar when the undo label is mangled', () => {
    const doc = awsvpcFargate('256', '512');
    const withDaemon = add(doc, 'xray');
    (withDaemon.containerDefinitions as any[])[1].dockerLabels['taskdef-editor.sidecar-undo'] = '{oops';
    const result = removeSidecar(withDaemon, 'xray');
    if (!result.ok) throw new Error(result.message);
    expect(result.notes.join()).toMatch(/unreadable/);
    expect(result.document.containerDefinitions).toEqual(doc.containerDefinitions);
    expect(result.document.cpu).toBe('512'); // the growth record was in the label
  });

  it('keeps a task size the user changed after add, and says so', () => {
    const withDaemon = add(awsvpcFargate('256', '512'), 'xray');
    withDaemon.memory = '2048';
    const result = removeSidecar(withDaemon, 'xray');
    if (!result.ok) throw new Error(result.message);
    expect(result.document).toMatchObject({ cpu: '256', memory: '2048' });
    expect(result.notes.join()).toMatch(/task memory was grown to "1024".*now "2048"; left as is/);
  });

  it('warns that a collector added next to the daemon has no X-Ray receiver once the daemon goes', () => {
    const both = add(add(awsvpcFargate('2048', '4096'), 'xray'), 'adot');
    const result = removeSidecar(both, 'xray');
    expect(result.ok && result.notes.join()).toMatch(/has no X-Ray receiver/);
  });
});

describe('removeSidecar with both sidecars and a grown task', () => {
  it('reverse order restores the size; add order leaves the size from before the second add (documented)', () => {
    const original = awsvpcFargate('256', '512');
    const both = add(add(original, 'xray'), 'adot');
    expect([both.cpu, both.memory]).toEqual(['1024', '2048']);
    expect(jsonEqual(remove(remove(both, 'adot'), 'xray'), original)).toBe(true);
    const daemonFirst = removeSidecar(both, 'xray');
    if (!daemonFirst.ok) throw new Error(daemonFirst.message);
    expect(daemonFirst.notes.join()).toMatch(/left as is/);
    const end = remove(daemonFirst.document, 'adot');
    expect([end.cpu, end.memory]).toEqual(['512', '1024']);
    expect(end.containerDefinitions).toEqual(original.containerDefinitions);
  });
});
