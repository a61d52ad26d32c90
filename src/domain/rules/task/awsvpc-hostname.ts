// RULES.md 33 [REG]: hostname isn't supported with awsvpc (F11). Source: M:ContainerDefinition.hostname;
//   I:labd/ecs-deplojo#26.
// RULES.md 34 [REG-doc]: extraHosts isn't supported with awsvpc. Source: M:ContainerDefinition.extraHosts.
//   The Windows half of rule 34 is reported by the container rules (112) to avoid a duplicate.
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { arr, containers, networkMode, str, type Rule } from '../rule.ts';
import { setFix } from './util.ts';

export const awsvpcHostnameRule: Rule = {
  id: 'awsvpc-hostname',
  check(doc) {
    const out: Problem[] = [];
    if (networkMode(doc) !== 'awsvpc') return out;
    for (const ref of containers(doc)) {
      const hostname = str(own(ref.container, 'hostname'));
      if (hostname !== undefined && hostname !== '')
        out.push({
          path: `${ref.path}.hostname`,
          severity: 'error',
          code: 'hostname-awsvpc',
          message:
            'hostname is not supported on container when networkMode=awsvpc. Remove hostname: in awsvpc mode the task takes the hostname of its network interface.',
          fix: setFix('Remove hostname', `${ref.path}.hostname`, undefined),
        });
      if (arr(own(ref.container, 'extraHosts')).length > 0)
        out.push({
          path: `${ref.path}.extraHosts`,
          severity: 'error',
          code: 'extra-hosts-awsvpc',
          message:
            'extraHosts is not supported when networkMode=awsvpc. Remove it and resolve the names through DNS (for example a Route 53 private zone or Service Connect).',
          fix: setFix('Remove extraHosts', `${ref.path}.extraHosts`, undefined),
        });
    }
    return out;
  },
};
