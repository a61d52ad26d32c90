// RULES.md 3 [REG]: containerDefinitions holds 1–10 containers; the quota can't be raised.
// Source: Q22 ("Containers per task definition: 10, not adjustable"); FIXTURES F04.
import { own } from '../../json.ts';
import type { Rule } from '../rule.ts';

export const MAX_CONTAINERS = 10;

export const containerCountRule: Rule = {
  id: 'container-count',
  check(doc) {
    const list = own(doc, 'containerDefinitions');
    if (!Array.isArray(list)) return []; // missing or wrong type: the schema reports it
    if (list.length === 0)
      return [
        {
          path: 'containerDefinitions',
          severity: 'error',
          code: 'container-count',
          message:
            'containerDefinitions is empty; a task definition needs at least one container. Add a container with a name and an image.',
        },
      ];
    if (list.length > MAX_CONTAINERS)
      return [
        {
          path: 'containerDefinitions',
          severity: 'error',
          code: 'container-count',
          message: `Too many containers. This task has ${list.length}; ECS allows at most ${MAX_CONTAINERS} per task definition and the quota can't be raised. Split it into several task definitions.`,
        },
      ];
    return [];
  },
};
