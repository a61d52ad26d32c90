import { describe, expect, it } from 'vitest';
import { placementConstraintsRule, proxyConfigurationRule } from './task-options.ts';
import { codes, task } from './testing.ts';

describe('placement constraints count (RULES.md 108)', () => {
  const c = { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' };

  it('passes 10', () => {
    expect(
      codes(placementConstraintsRule, task([{ name: 'a' }], { placementConstraints: Array(10).fill(c) })),
    ).toEqual([]);
  });

  it('reports 11', () => {
    expect(
      codes(placementConstraintsRule, task([{ name: 'a' }], { placementConstraints: Array(11).fill(c) })),
    ).toEqual(['placement-constraints-too-many']);
  });
});

describe('proxyConfiguration (RULES.md 109)', () => {
  const props = [
    { name: 'IgnoredUID', value: '1337' },
    { name: 'AppPorts', value: '8080' },
  ];

  it('passes a proxy naming the envoy container with IgnoredUID', () => {
    const doc = task([{ name: 'app' }, { name: 'envoy' }], {
      proxyConfiguration: { type: 'APPMESH', containerName: 'envoy', properties: props },
    });
    expect(codes(proxyConfigurationRule, doc)).toEqual([]);
  });

  it('reports an unknown container, a missing IgnoredUID/GID and an unknown property', () => {
    const doc = task([{ name: 'app' }], {
      proxyConfiguration: {
        type: 'APPMESH',
        containerName: 'envoy',
        properties: [{ name: 'AppPort', value: '8080' }],
      },
    });
    const problems = proxyConfigurationRule.check(doc);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['proxy-container-unknown', 'proxyConfiguration.containerName'],
      ['proxy-ignored-uid', 'proxyConfiguration.properties'],
      ['proxy-property-unknown', 'proxyConfiguration.properties[0].name'],
    ]);
  });
});
