// RULES.md 31 [REG]: links work only in bridge mode; awsvpc rejects them with F10. Other modes
//   (host, none) are unverified at registration: a warning. Windows is rules 56/112 (container rules).
// RULES.md 32 [REG]: links must not form a cycle (F29); each link target must be a container of the
//   task (REG-doc). Source: M:ContainerDefinition.links; I:Shippable/support#4194.
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { arr, containers, isWindows, networkMode, type ContainerRef, type Rule } from '../rule.ts';
import { label, setFix } from './util.ts';

function targets(ref: ContainerRef): string[] {
  return arr(own(ref.container, 'links'))
    .filter((l): l is string => typeof l === 'string')
    .map((l) => l.split(':')[0] ?? l);
}

/** First cycle through `start` in the link graph, as a list of names, or undefined. */
function cycleFrom(start: string, graph: Map<string, string[]>): string[] | undefined {
  const stack: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): string[] | undefined => {
    if (name === start && stack.length > 0) return [...stack, start];
    if (seen.has(name)) return undefined;
    seen.add(name);
    stack.push(name);
    for (const next of graph.get(name) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    stack.pop();
    return undefined;
  };
  return visit(start);
}

export const linksRule: Rule = {
  id: 'links',
  check(doc) {
    const out: Problem[] = [];
    if (isWindows(doc)) return out;
    const mode = networkMode(doc);
    const refs = containers(doc).filter((r) => arr(own(r.container, 'links')).length > 0);
    if (refs.length === 0) return out;
    if (mode !== 'bridge') {
      for (const ref of refs)
        out.push({
          path: `${ref.path}.links`,
          severity: mode === 'awsvpc' ? 'error' : 'warning',
          code: mode === 'awsvpc' ? 'links-awsvpc' : 'links-network-mode',
          message:
            mode === 'awsvpc'
              ? 'Links are not supported when networkMode=awsvpc. Remove links: containers of an awsvpc task share one network namespace and reach each other on 127.0.0.1 (localhost).'
              : `links work only in bridge mode; networkMode is ${mode}. Remove links (in host mode, containers reach each other on localhost).`,
          fix: setFix('Remove links', `${ref.path}.links`, undefined),
        });
      return out;
    }
    const names = new Set(containers(doc).flatMap((r) => (r.name !== undefined ? [r.name] : [])));
    const graph = new Map<string, string[]>();
    for (const ref of refs) {
      const to = targets(ref);
      if (ref.name !== undefined) graph.set(ref.name, to);
      for (const t of to)
        if (!names.has(t))
          out.push({
            path: `${ref.path}.links`,
            severity: 'error',
            code: 'links-unknown-container',
            message: `Container '${label(ref)}' links to '${t}', which is not a container of this task. Link only to container names defined here.`,
          });
    }
    const reported = new Set<string>();
    for (const ref of refs) {
      if (ref.name === undefined || reported.has(ref.name)) continue;
      const cycle = cycleFrom(ref.name, graph);
      if (!cycle) continue;
      cycle.forEach((n) => reported.add(n));
      out.push({
        path: `${ref.path}.links`,
        severity: 'error',
        code: 'links-cycle',
        message: `Container links should not have a cycle. ${cycle.join(' → ')}: remove one of these links.`,
      });
    }
    return out;
  },
};
