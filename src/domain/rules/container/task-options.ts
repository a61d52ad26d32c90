// Placement constraints and the App Mesh proxy (RULES.md 108, 109).
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { arr, obj, str, type Rule } from '../rule.ts';
import { containerNames, problem, taskItems } from './util.ts';

// RULES.md 108 [REG-doc]: at most 10 placement constraints (task definition and run time together);
// Fargate is handled in fargate.ts, the memberOf-only type by the schema's enum.
// Source: M:placementConstraints.
export const placementConstraintsRule: Rule = {
  id: 'placement-constraints',
  check(doc) {
    const n = arr(own(doc, 'placementConstraints')).length;
    return n > 10
      ? [
          problem(
            'placementConstraints',
            'error',
            'placement-constraints-too-many',
            `A task definition may have at most 10 placement constraints (counting those added at run time); it has ${n}.`,
          ),
        ]
      : [];
  },
};

const PROXY_PROPERTIES = new Set([
  'IgnoredUID',
  'IgnoredGID',
  'AppPorts',
  'ProxyIngressPort',
  'ProxyEgressPort',
  'EgressIgnoredPorts',
  'EgressIgnoredIPs',
]);

// RULES.md 109 [REG-doc]: proxyConfiguration.containerName names a container; IgnoredUID or
// IgnoredGID is required; properties come from the documented list (an unknown name is a warning:
// the CNI plugin ignores it). Windows is handled in windows.ts. Source: M:ProxyConfiguration; DG23.
export const proxyConfigurationRule: Rule = {
  id: 'proxy-configuration',
  check(doc) {
    const proxy = obj(own(doc, 'proxyConfiguration'));
    if (!proxy) return [];
    const out: Problem[] = [];
    const name = str(own(proxy, 'containerName'));
    if (name !== undefined && !containerNames(doc).has(name))
      out.push(
        problem(
          'proxyConfiguration.containerName',
          'error',
          'proxy-container-unknown',
          `No container is named '${name}'. proxyConfiguration.containerName names the Envoy proxy container of this task.`,
        ),
      );
    const props = taskItems(proxy, 'properties');
    const present = new Set(
      props.flatMap(({ item }) => {
        const n = str(own(item, 'name'));
        return n === undefined ? [] : [n];
      }),
    );
    if (!present.has('IgnoredUID') && !present.has('IgnoredGID'))
      out.push(
        problem(
          'proxyConfiguration.properties',
          'error',
          'proxy-ignored-uid',
          'The App Mesh proxy needs IgnoredUID or IgnoredGID (the user or group the Envoy container runs as, usually 1337), so that its own traffic is not redirected.',
        ),
      );
    for (const { item, path } of props) {
      const n = str(own(item, 'name'));
      if (n !== undefined && !PROXY_PROPERTIES.has(n))
        out.push(
          problem(
            `proxyConfiguration.${path}.name`,
            'warning',
            'proxy-property-unknown',
            `"${n}" is not a proxy property (known: ${[...PROXY_PROPERTIES].join(', ')}).`,
          ),
        );
    }
    return out;
  },
};
