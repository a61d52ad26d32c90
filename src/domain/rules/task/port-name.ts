// RULES.md 44 [RUN]: a port mapping name used by Service Connect is at most 64 characters of lowercase
// letters, digits, _ and -, not starting with -. A bad name fails when a service references it, so this
// is a warning. Source: M:PortMapping.name.
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { str, type Rule } from '../rule.ts';
import { placeholderAdvice, templatePlaceholders } from '../template-placeholder.ts';
import { allMappings } from './port-mappings.ts';
import { setFix } from './util.ts';

const NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/;

function suggest(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 64);
}

export const portNameRule: Rule = {
  id: 'port-mapping-name',
  check(doc) {
    const out: Problem[] = [];
    for (const m of allMappings(doc)) {
      const name = str(own(m.mapping, 'name'));
      if (name === undefined || NAME.test(name)) continue;
      const placeholders = templatePlaceholders(name);
      const better = suggest(name);
      out.push({
        path: `${m.path}.name`,
        severity: 'warning',
        code: 'port-mapping-name',
        message: `Port mapping name "${name}" can't be used by Service Connect: use at most 64 lowercase letters, digits, _ and -, not starting with -.${placeholders.length > 0 ? placeholderAdvice(placeholders) : ''}`,
        // A placeholder is rendered, not renamed (template-placeholder.ts).
        ...(NAME.test(better) && placeholders.length === 0
          ? { fix: setFix(`Rename to "${better}"`, `${m.path}.name`, better) }
          : {}),
      });
    }
    return out;
  },
};
