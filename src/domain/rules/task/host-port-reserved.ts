// RULES.md 42 [RUN]: fixed host ports should avoid the ephemeral range (49153–65535 on Linux,
// 49152–65535 on Windows) and the ports the instance reserves (22, 2375, 2376, 51678–51680): placement
// fails or the port clashes at run time. Only bridge and host bind instance ports. Source: M:PortMapping.hostPort.
import type { Problem } from '../../problem.ts';
import { isWindows, networkMode, type Rule } from '../rule.ts';
import { allMappings, boundHostPort } from './port-mappings.ts';

const RESERVED = new Set([22, 2375, 2376, 51678, 51679, 51680]);

export const hostPortReservedRule: Rule = {
  id: 'host-port-reserved',
  check(doc) {
    const mode = networkMode(doc);
    if (mode !== 'bridge' && mode !== 'host') return [];
    const ephemeralFrom = isWindows(doc) ? 49152 : 49153;
    const out: Problem[] = [];
    for (const m of allMappings(doc)) {
      const port = boundHostPort(m, mode);
      if (port === undefined) continue;
      const path = `${m.path}.${m.hostPort !== undefined ? 'hostPort' : 'containerPort'}`;
      if (RESERVED.has(port))
        out.push({
          path,
          severity: 'warning',
          code: 'host-port-reserved',
          message: `Host port ${port} is reserved on container instances (SSH, Docker and the ECS agent use 22, 2375, 2376, 51678–51680); the task will not be placed. Use another port.`,
        });
      else if (port >= ephemeralFrom && port <= 65535)
        out.push({
          path,
          severity: 'warning',
          code: 'host-port-ephemeral',
          message: `Host port ${port} is in the ephemeral range (${ephemeralFrom}–65535) that dynamic port mappings use; it can clash at run time. Use a port below ${ephemeralFrom}.`,
        });
    }
    return out;
  },
};
