// RULES.md 39 [REG-doc]: a container can't expose the same containerPort in more than one mapping, even
// for different protocols. The service text, seen for tcp+udp 53: "Container port 53 is used in more than
// one port mapping for container coredns-mysql" (I:terraform-aws-modules/terraform-aws-ecs#89,
// I:aws/amazon-ecs-agent#3428). Source: M:PortMapping (shape doc).
import { jsonEqual } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { containers, type Rule } from '../rule.ts';
import { mappingsOf, type MappingRef } from './port-mappings.ts';
import { label, setFix } from './util.ts';

export const duplicateContainerPortRule: Rule = {
  id: 'duplicate-container-port',
  check(doc) {
    const out: Problem[] = [];
    for (const ref of containers(doc)) {
      const first = new Map<number, MappingRef>();
      for (const m of mappingsOf(ref)) {
        if (m.containerPort === undefined || m.range !== undefined) continue;
        const earlier = first.get(m.containerPort);
        if (!earlier) {
          first.set(m.containerPort, m);
          continue;
        }
        const identical = jsonEqual(earlier.mapping, m.mapping);
        out.push({
          path: `${m.path}.containerPort`,
          severity: 'error',
          code: 'duplicate-container-port',
          message:
            `Container port ${m.containerPort} is used in more than one port mapping for container ${label(ref)}. ` +
            (identical
              ? 'Remove the duplicate mapping.'
              : 'ECS allows each containerPort once per container, even for tcp and udp; keep one mapping (or listen on another port).'),
          ...(identical ? { fix: setFix('Remove the duplicate mapping', m.path, undefined) } : {}),
        });
      }
    }
    return out;
  },
};
