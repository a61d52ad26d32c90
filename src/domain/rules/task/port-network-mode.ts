// RULES.md 35 [REG]: in awsvpc mode hostPort is omitted or equals containerPort (F09).
//   Source: M:PortMapping; I:pulumi/pulumi-awsx#935; cfn-lint E3053.
// RULES.md 36 [REG-doc]: the same holds in host mode. Source: M:ContainerDefinition.portMappings.
// RULES.md 37 [REG-doc]: in none mode, port mappings are not allowed. Source: M:networkMode.
import type { Problem } from '../../problem.ts';
import { containers, networkMode, type Rule } from '../rule.ts';
import { allMappings, mappingsOf } from './port-mappings.ts';
import { setFix } from './util.ts';

export const portNetworkModeRule: Rule = {
  id: 'port-network-mode',
  check(doc) {
    const out: Problem[] = [];
    const mode = networkMode(doc);
    if (mode === 'none') {
      for (const ref of containers(doc)) {
        if (mappingsOf(ref).length === 0) continue;
        out.push({
          path: `${ref.path}.portMappings`,
          severity: 'error',
          code: 'none-port-mappings',
          message:
            'Port mappings are not allowed when networkMode=none: the containers have no external network. Remove portMappings or choose another network mode.',
          fix: setFix('Remove portMappings', `${ref.path}.portMappings`, undefined),
        });
      }
      return out;
    }
    if (mode !== 'awsvpc' && mode !== 'host') return out;
    for (const m of allMappings(doc)) {
      if (m.hostPort === undefined || m.containerPort === undefined || m.range !== undefined) continue;
      if (m.hostPort === m.containerPort) continue;
      out.push({
        path: `${m.path}.hostPort`,
        severity: 'error',
        code: mode === 'awsvpc' ? 'awsvpc-host-port' : 'host-mode-host-port',
        message: `When networkMode=${mode}, the host ports and container ports in port mappings must match. Set hostPort to ${m.containerPort} or remove it.`,
        fix: setFix(`Set hostPort to ${m.containerPort}`, `${m.path}.hostPort`, m.containerPort),
      });
    }
    return out;
  },
};
