// RULES.md 46 [REG]: a container `name` is required (F14) and is 1–255 characters from
// [A-Za-z0-9_-] (F15). RULES.md 47 [REG]: names are unique within the task (F17).
// Source: M:ContainerDefinition.name (the model does not mark it required, so the schema is silent);
// I:hashicorp/terraform#2888, I:hashicorp/terraform-provider-aws#5950, I:Shippable/support#2946.
import { own, type JsonValue } from '../../json.ts';
import type { Fix, Problem } from '../../problem.ts';
import { arr, containers, obj, str, type Rule } from '../rule.ts';
import { placeholderAdvice, templatePlaceholders } from '../template-placeholder.ts';
import { edit, problem, text } from './util.ts';

const VALID = /^[A-Za-z0-9_-]{1,255}$/;

function sanitize(value: string): string {
  return value
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 255);
}

function unique(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base.slice(0, 250)}-${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A name from the image's repository ("public.ecr.aws/nginx/nginx:1.27" -> "nginx"). */
function nameFromImage(image: string | undefined): string {
  const repo = (image ?? '').split('@')[0]?.split('/').pop()?.split(':')[0] ?? '';
  return sanitize(repo);
}

/** Renames container `from` to `to` and updates the references that name it in the document. */
function renameFix(index: number, from: string, to: string): Fix {
  return {
    title: `Rename the container to "${to}"`,
    apply: (current) => {
      const writes: [string, JsonValue | undefined][] = [[`containerDefinitions[${index}].name`, to]];
      arr(own(current, 'containerDefinitions')).forEach((c, i) => {
        const container = obj(c);
        if (!container) return;
        arr(own(container, 'dependsOn')).forEach((d, j) => {
          if (str(own(obj(d) ?? {}, 'containerName')) === from)
            writes.push([`containerDefinitions[${i}].dependsOn[${j}].containerName`, to]);
        });
        arr(own(container, 'volumesFrom')).forEach((v, j) => {
          if (str(own(obj(v) ?? {}, 'sourceContainer')) === from)
            writes.push([`containerDefinitions[${i}].volumesFrom[${j}].sourceContainer`, to]);
        });
        arr(own(container, 'links')).forEach((l, j) => {
          const link = str(l);
          if (link === from || link?.startsWith(`${from}:`))
            writes.push([`containerDefinitions[${i}].links[${j}]`, to + link.slice(from.length)]);
        });
      });
      if (str(own(obj(own(current, 'proxyConfiguration')) ?? {}, 'containerName')) === from)
        writes.push(['proxyConfiguration.containerName', to]);
      return edit(current, writes);
    },
  };
}

export const containerNamesRule: Rule = {
  id: 'container-name',
  check(doc) {
    const out: Problem[] = [];
    const all = containers(doc);
    const taken = new Set<string>();
    for (const c of all) if (c.name !== undefined) taken.add(c.name);
    const seen = new Set<string>();
    for (const c of all) {
      const raw = own(c.container, 'name');
      const path = `${c.path}.name`;
      if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
        const name = unique(
          nameFromImage(text(own(c.container, 'image'))) || `container-${c.index + 1}`,
          taken,
        );
        taken.add(name); // two unnamed nginx containers get "nginx" and "nginx-2"
        out.push(
          problem(
            path,
            'error',
            'container-name-missing',
            'Container.name should not be null or empty. Name the container (letters, digits, - and _); links, dependsOn and load balancers refer to it by name.',
            { title: `Set the name to "${name}"`, apply: (d) => edit(d, [[path, name]]) },
          ),
        );
        continue;
      }
      if (typeof raw !== 'string') continue; // the schema reports the type
      if (!VALID.test(raw)) {
        const placeholders = templatePlaceholders(raw);
        // A placeholder is rendered, not renamed: no fix (see template-placeholder.ts).
        const clean = placeholders.length > 0 ? '' : sanitize(raw);
        const to = clean === '' ? '' : unique(clean, taken);
        if (to !== '') taken.add(to);
        out.push(
          problem(
            path,
            'error',
            'container-name-invalid',
            raw.length > 255
              ? `Container.name is ${raw.length} characters long; the limit is 255. Shorten it.`
              : placeholders.length > 0
                ? `Container.name contains invalid characters.${placeholderAdvice(placeholders)}`
                : 'Container.name contains invalid characters. Use only letters, digits, hyphens and underscores' +
                  (to !== '' ? `, e.g. "${to}".` : '.'),
            to !== '' ? renameFix(c.index, raw, to) : undefined,
          ),
        );
      }
      if (seen.has(raw)) {
        out.push(
          problem(
            path,
            'error',
            'container-name-duplicate',
            `Container names must be unique within a Task Definition. Another container is already named '${raw}'; rename one of them.`,
          ),
        );
      }
      seen.add(raw);
    }
    return out;
  },
};
