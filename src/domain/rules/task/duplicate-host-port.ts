// RULES.md 38 [REG]: in bridge mode (and host mode, where the container port is the host port) a fixed
// host port/protocol may be mapped only once per task (F12); hostPort omitted or 0 is dynamic.
// Source: I:aws/amazon-ecs-agent#1220.
import type { Problem } from '../../problem.ts';
import { networkMode, type Rule } from '../rule.ts';
import { allMappings, boundHostPort } from './port-mappings.ts';
import { setFix } from './util.ts';

export const duplicateHostPortRule: Rule = {
  id: 'duplicate-host-port',
  check(doc) {
    const mode = networkMode(doc);
    if (mode !== 'bridge' && mode !== 'host') return [];
    const out: Problem[] = [];
    const seen = new Set<string>();
    for (const m of allMappings(doc)) {
      const port = boundHostPort(m, mode);
      if (port === undefined) continue;
      const key = `${m.protocol}/${port}`;
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      out.push({
        path: `${m.path}.${m.hostPort !== undefined ? 'hostPort' : 'containerPort'}`,
        severity: 'error',
        code: 'duplicate-host-port',
        message:
          `${m.protocol.toUpperCase()} host port '${port}' is mapped multiple times in task. ` +
          (mode === 'bridge'
            ? 'Use another hostPort, or remove hostPort to get a dynamic port.'
            : 'In host mode each port can be bound once per task; use another port.'),
        ...(mode === 'bridge'
          ? { fix: setFix('Use a dynamic host port', `${m.path}.hostPort`, undefined) }
          : {}),
      });
    }
    return out;
  },
};
