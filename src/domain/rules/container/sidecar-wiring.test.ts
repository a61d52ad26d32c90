import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { botocoreValidate } from '../../../../scripts/botocore-oracle.ts';
import { check } from '../../check.ts';
import { fixAll } from '../../fix-all.ts';
import type { JsonObject } from '../../json.ts';
import { importText } from '../../import/index.ts';
import { addSidecar, removeSidecar, type SidecarKind } from '../../sidecars/index.ts';
import { FIXTURES, awsvpcFargate, bridgeEc2, hostEc2, noneMode } from '../../sidecars/test-docs.ts';
import { sidecarWiringRule } from './sidecar-wiring.ts';
import { at, fixed, only } from './testing.ts';

const CODE = 'sidecar-not-wired';

function add(doc: JsonObject, kind: SidecarKind): JsonObject {
  const r = addSidecar(doc, kind, { growTask: true });
  if (!r.ok) throw new Error(r.message);
  return r.document;
}
function remove(doc: JsonObject, kind: SidecarKind): JsonObject {
  const r = removeSidecar(doc, kind);
  if (!r.ok) throw new Error(r.message);
  return r.document;
}
/** The document with one more container, appended last. */
function withContainer(doc: JsonObject, container: JsonObject = {}): JsonObject {
  const list = (doc.containerDefinitions as JsonObject[]).slice();
  list.push({
    name: 'late',
    image: 'public.ecr.aws/docker/library/node:22',
    memoryReservation: 64,
    ...container,
  });
  return { ...doc, containerDefinitions: list };
}
const late = (doc: JsonObject) => (doc.containerDefinitions as JsonObject[]).find((c) => c.name === 'late');
const errors = (doc: JsonObject) =>
  check(doc)
    .filter((p) => p.severity === 'error')
    .map((p) => p.code);
const warnings = (doc: JsonObject) => sidecarWiringRule.check(doc);
/** Applies this rule's fixes until none is left (fixAll would also normalize empty lists away). */
function wireAll(doc: JsonObject): JsonObject {
  let out = doc;
  for (let round = 0; round < 10; round++) {
    const p = warnings(out)[0];
    if (!p) return out;
    out = fixed(p, out);
  }
  throw new Error('the wiring fixes did not settle');
}

describe('sidecar-not-wired', () => {
  it('says nothing without a sidecar, right after an add, and when the mode refuses sidecars', () => {
    for (const make of Object.values(FIXTURES)) {
      expect(warnings(withContainer(make()))).toEqual([]);
      expect(warnings(add(make(), 'xray'))).toEqual([]);
      expect(warnings(add(make(), 'adot'))).toEqual([]);
      expect(warnings(add(add(make(), 'xray'), 'adot'))).toEqual([]);
    }
    // A daemon written by hand into a task without a network: nothing can be wired, so no advice.
    const none = noneMode();
    (none.containerDefinitions as JsonObject[]).push({
      name: 'xray-daemon',
      image: 'amazon/aws-xray-daemon',
    });
    expect(warnings(withContainer(none))).toEqual([]);
  });

  it('bridge, X-Ray: a container added later gets the address at the daemon name and the link', () => {
    const doc = withContainer(add(bridgeEc2(), 'xray'));
    const p = only(sidecarWiringRule, doc, CODE);
    expect(p.severity).toBe('warning');
    expect(p.path).toBe('containerDefinitions[3]');
    expect(p.message).toContain("Container 'late' is not wired to the AWS X-Ray daemon 'xray-daemon'");
    expect(p.fix?.title).toBe("Wire 'late' to 'xray-daemon'");
    const out = fixed(p, doc);
    expect(late(out)).toMatchObject({
      environment: [{ name: 'AWS_XRAY_DAEMON_ADDRESS', value: 'xray-daemon:2000' }],
      links: ['xray-daemon'],
    });
    expect(late(out)?.dependsOn).toBeUndefined();
    expect(warnings(out)).toEqual([]);
    expect(errors(out)).toEqual([]);
  });

  it('bridge: a container with the address but no link still lacks the link', () => {
    const doc = withContainer(add(bridgeEc2(), 'xray'), {
      environment: [{ name: 'AWS_XRAY_DAEMON_ADDRESS', value: 'xray-daemon:2000' }],
    });
    const out = fixed(only(sidecarWiringRule, doc, CODE), doc);
    expect(late(out)?.links).toEqual(['xray-daemon']);
    expect(late(out)?.environment).toEqual([{ name: 'AWS_XRAY_DAEMON_ADDRESS', value: 'xray-daemon:2000' }]);
  });

  it('awsvpc and host, X-Ray: the loopback address and no link', () => {
    for (const make of [() => awsvpcFargate(), hostEc2]) {
      const doc = withContainer(add(make(), 'xray'), { environment: [{ name: 'KEEP', value: '1' }] });
      const out = fixed(only(sidecarWiringRule, doc, CODE), doc);
      expect(late(out)).toMatchObject({
        environment: [
          { name: 'KEEP', value: '1' },
          { name: 'AWS_XRAY_DAEMON_ADDRESS', value: '127.0.0.1:2000' },
        ],
      });
      expect(late(out)?.links).toBeUndefined();
      expect(errors(out)).toEqual([]);
      expect(warnings(out)).toEqual([]);
    }
  });

  it('ADOT: the OTLP endpoint and protocol, the X-Ray address, dependsOn START; a link only in bridge', () => {
    const vpc = withContainer(add(awsvpcFargate(), 'adot'));
    const vpcOut = fixed(only(sidecarWiringRule, vpc, CODE), vpc);
    expect(late(vpcOut)).toMatchObject({
      environment: [
        { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: 'http://localhost:4318' },
        { name: 'OTEL_EXPORTER_OTLP_PROTOCOL', value: 'http/protobuf' },
        { name: 'AWS_XRAY_DAEMON_ADDRESS', value: '127.0.0.1:2000' },
      ],
      dependsOn: [{ containerName: 'aws-otel-collector', condition: 'START' }],
    });
    expect(late(vpcOut)?.links).toBeUndefined();
    expect(errors(vpcOut)).toEqual([]);

    const bridge = withContainer(add(bridgeEc2(), 'adot'));
    const bridgeOut = fixed(only(sidecarWiringRule, bridge, CODE), bridge);
    expect(late(bridgeOut)).toMatchObject({
      links: ['aws-otel-collector'],
      dependsOn: [{ containerName: 'aws-otel-collector', condition: 'START' }],
    });
    expect(at(bridgeOut, 'containerDefinitions', 3, 'environment', 0, 'value')).toBe(
      'http://aws-otel-collector:4318',
    );
    expect(errors(bridgeOut)).toEqual([]);
  });

  it('both sidecars: one warning each, and the collector next to a daemon sets no X-Ray address', () => {
    const doc = withContainer(add(add(awsvpcFargate(), 'xray'), 'adot'));
    const found = warnings(doc);
    expect(found.map((p) => p.fix?.title)).toEqual([
      "Wire 'late' to 'aws-otel-collector'",
      "Wire 'late' to 'xray-daemon'",
    ]);
    const out = fixAll(doc).document;
    expect(warnings(out)).toEqual([]);
    expect(errors(out)).toEqual([]);
    const names = ((late(out)?.environment ?? []) as JsonObject[]).map((e) => e.name);
    expect(names.filter((n) => n === 'AWS_XRAY_DAEMON_ADDRESS')).toHaveLength(1);
  });

  it('a variable the container already sets another way is left as is, and nothing else to do means no warning', () => {
    const doc = withContainer(add(awsvpcFargate(), 'xray'), {
      secrets: [
        { name: 'AWS_XRAY_DAEMON_ADDRESS', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/x' },
      ],
    });
    expect(warnings(doc)).toEqual([]);
  });
});

describe('sidecar-not-wired: containers their author wired by hand', () => {
  it('bridge, ADOT: a container that links to the collector, depends on it and sets its address is wired', () => {
    const doc = withContainer(add(bridgeEc2(), 'adot'), {
      links: ['aws-otel-collector'],
      dependsOn: [{ containerName: 'aws-otel-collector', condition: 'START' }],
      environment: [{ name: 'AWS_XRAY_DAEMON_ADDRESS', value: 'aws-otel-collector:2000' }],
    });
    expect(warnings(doc)).toEqual([]);
  });

  it('awsvpc: a container that depends on the sidecar is wired (the loopback needs no variable)', () => {
    const adot = withContainer(add(awsvpcFargate(), 'adot'), {
      dependsOn: [{ containerName: 'aws-otel-collector', condition: 'START' }],
    });
    expect(warnings(adot)).toEqual([]);
    const xray = withContainer(add(awsvpcFargate(), 'xray'), {
      dependsOn: [{ containerName: 'xray-daemon', condition: 'START' }],
    });
    expect(warnings(xray)).toEqual([]);
  });

  it('bridge: depending on the sidecar without a link is not enough (its name does not resolve)', () => {
    const doc = withContainer(add(bridgeEc2(), 'adot'), {
      dependsOn: [{ containerName: 'aws-otel-collector', condition: 'START' }],
    });
    expect(only(sidecarWiringRule, doc, CODE).message).toContain("Container 'late' is not wired");
  });

  it("AWS's own ADOT example on bridge: the wired emitter is not reported, the containers without a link are", () => {
    const text = readFileSync(
      new URL(
        '../../../../../shared/corpus/aws-observability__aws-otel-collector__examples__ecs__aws-cloudwatch__ecs-ec2-sidecar.json',
        import.meta.url,
      ),
      'utf8',
    );
    const r = importText(text);
    if (!r.ok) throw new Error(r.error.message);
    expect(warnings(r.document).map((p) => p.path)).toEqual([
      'containerDefinitions[2]',
      'containerDefinitions[3]',
      'containerDefinitions[4]',
    ]);
  });
});

describe('sidecar-not-wired: the fix keeps removeSidecar exact', () => {
  const wired: JsonObject[] = [];
  for (const [name, make] of Object.entries(FIXTURES))
    for (const kind of ['xray', 'adot'] as const)
      for (const [variant, extra] of [
        ['no lists', {}],
        ['empty lists', { environment: [], links: [], dependsOn: [] }],
        ['own variables', { environment: [{ name: 'A', value: '1' }] }],
      ] satisfies [string, JsonObject][])
        it(`${name}, ${kind}, ${variant}: add, add a container, fix, remove = the document with the container`, () => {
          const expected = withContainer(make(), extra);
          const doc = withContainer(add(make(), kind), extra);
          const out = wireAll(doc);
          expect(warnings(out)).toEqual([]);
          expect(errors(out)).toEqual([]);
          wired.push(out);
          expect(JSON.stringify(remove(out, kind))).toBe(JSON.stringify(expected));
        });

  it('every wired document passes botocore validation of RegisterTaskDefinition', () => {
    expect(wired.length).toBe(24);
    for (const [i, verdict] of botocoreValidate(wired).entries())
      expect(verdict, JSON.stringify(wired[i])).toEqual({ ok: true });
  });
});
