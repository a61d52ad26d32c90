// Reference cycles between containers: links (RULES.md 32) and dependsOn (RULES.md 62).
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { arr, containers, str, type ContainerRef, type Rule } from '../rule.ts';
import { items, problem, removeItemFix, unknownReference } from './util.ts';

interface Edge {
  readonly to: string;
  readonly path: string;
  readonly arrayPath: string;
  readonly index: number;
}

/**
 * The first edge that closes each cycle, found by one depth-first walk (O(containers + edges)).
 * Edges to unknown names are skipped: the target rules report those.
 */
function cycleEdges(all: readonly ContainerRef[], edgesOf: (c: ContainerRef) => Edge[]): Edge[] {
  const graph = new Map<string, Edge[]>();
  for (const c of all) if (c.name !== undefined && !graph.has(c.name)) graph.set(c.name, edgesOf(c));
  const state = new Map<string, 'open' | 'done'>();
  const found: Edge[] = [];
  const visit = (name: string): void => {
    state.set(name, 'open');
    for (const edge of graph.get(name) ?? []) {
      if (!graph.has(edge.to)) continue;
      const s = state.get(edge.to);
      if (s === 'open') found.push(edge);
      else if (s === undefined) visit(edge.to);
    }
    state.set(name, 'done');
  };
  for (const name of graph.keys()) if (!state.has(name)) visit(name);
  return found;
}

// RULES.md 32 [REG]: links must not form a cycle (F29, "Container links should not have a
// cycle"), and every link target is a container of the task (REG-doc). Source:
// I:Shippable/support#4194; M:ContainerDefinition.links ("name" or "name:alias").
export const linksRule: Rule = {
  id: 'links',
  check(doc) {
    const out: Problem[] = [];
    const all = containers(doc);
    const names = new Set(all.flatMap((c) => (c.name === undefined ? [] : [c.name])));
    const edgesOf = (c: ContainerRef): Edge[] =>
      arr(own(c.container, 'links')).flatMap((l, index) => {
        const link = str(l);
        if (link === undefined) return [];
        const to = link.split(':')[0] ?? link;
        return [{ to, path: `${c.path}.links[${index}]`, arrayPath: `${c.path}.links`, index }];
      });
    for (const c of all)
      for (const edge of edgesOf(c))
        if (!names.has(edge.to)) {
          const r = unknownReference(
            doc,
            edge.to,
            `The link target '${edge.to}' is not a container of this task. Links take "name" or "name:alias" of another container.`,
            removeItemFix(`Remove the link to '${edge.to}'`, edge.arrayPath, edge.index),
          );
          out.push(problem(edge.path, 'error', 'link-unknown-container', r.message, r.fix));
        }
    for (const edge of cycleEdges(all, edgesOf))
      out.push(
        problem(
          edge.path,
          'error',
          'links-cycle',
          `Container links should not have a cycle. The link to '${edge.to}' closes a loop; remove one link of the loop.`,
          removeItemFix(`Remove the link to '${edge.to}'`, edge.arrayPath, edge.index),
        ),
      );
    return out;
  },
};

// RULES.md 62 [REG-doc]: dependency cycles. RULES.md calls the registration error unverified (only
// an emulator rejects it), so this is a warning; either way such a task can never start.
// Source: I:faiscadev/fakecloud#1211.
export const dependsOnCycleRule: Rule = {
  id: 'depends-on-cycle',
  check(doc) {
    const edgesOf = (c: ContainerRef): Edge[] =>
      items(c, 'dependsOn').flatMap(({ item, index, path }) => {
        const to = str(own(item, 'containerName'));
        return to === undefined
          ? []
          : [{ to, path: `${path}.containerName`, arrayPath: `${c.path}.dependsOn`, index }];
      });
    return cycleEdges(containers(doc), edgesOf).map((edge) =>
      problem(
        edge.path,
        'warning',
        'depends-on-cycle',
        `The dependency on '${edge.to}' closes a cycle: these containers wait for each other and the task can never start. Remove one dependency of the loop.`,
        removeItemFix(`Remove the dependency on '${edge.to}'`, edge.arrayPath, edge.index),
      ),
    );
  },
};
