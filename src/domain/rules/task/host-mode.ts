// RULES.md 45 [ADV]: in host mode a task definition with port mappings runs one task per instance, and
// containers should not run as root (UID 0) with the host's network. Source: M:networkMode,
// M:ContainerDefinition.user.
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { containers, networkMode, str, type Rule } from '../rule.ts';
import { allMappings } from './port-mappings.ts';
import { label } from './util.ts';

const ROOT = /^(root|0)(:.*)?$/;

export const hostModeRule: Rule = {
  id: 'host-mode',
  check(doc) {
    if (networkMode(doc) !== 'host') return [];
    const out: Problem[] = [];
    if (allMappings(doc).length > 0)
      out.push({
        path: 'networkMode',
        severity: 'info',
        code: 'host-mode-one-task-per-instance',
        message:
          'In host mode the containers bind their ports on the instance itself, so only one task of this definition fits on an instance. Use bridge with dynamic host ports, or awsvpc, to run several.',
      });
    for (const ref of containers(doc)) {
      const user = str(own(ref.container, 'user'));
      if (user !== undefined && ROOT.test(user.trim()))
        out.push({
          path: `${ref.path}.user`,
          severity: 'warning',
          code: 'host-mode-root-user',
          message: `Container '${label(ref)}' runs as root with the host's network stack. Run it as a non-root user.`,
        });
    }
    return out;
  },
};
