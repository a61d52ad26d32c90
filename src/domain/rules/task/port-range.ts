// RULES.md 41 [REG-doc]: containerPortRange is only for bridge or awsvpc, with hostPort unset; format
// "first-last", ports 1–65535, first < last; ranges must not overlap and a port may appear in only one
// mapping per container; at most 100 ranges per container. Source: M:PortMapping.containerPortRange.
import type { Problem } from '../../problem.ts';
import { containers, networkMode, type Rule } from '../rule.ts';
import { mappingsOf } from './port-mappings.ts';
import { label, setFix } from './util.ts';

export const MAX_PORT_RANGES = 100;
const FORMAT = /^\s*(\d{1,5})\s*-\s*(\d{1,5})\s*$/;

export const portRangeRule: Rule = {
  id: 'port-range',
  check(doc) {
    const out: Problem[] = [];
    const mode = networkMode(doc);
    for (const ref of containers(doc)) {
      const mappings = mappingsOf(ref);
      const spans: { from: number; to: number; path: string }[] = [];
      let ranges = 0;
      for (const m of mappings) {
        if (m.range === undefined) {
          if (m.containerPort !== undefined)
            spans.push({ from: m.containerPort, to: m.containerPort, path: `${m.path}.containerPort` });
          continue;
        }
        ranges++;
        const at = `${m.path}.containerPortRange`;
        if (mode !== 'bridge' && mode !== 'awsvpc')
          out.push({
            path: at,
            severity: 'error',
            code: 'port-range-network-mode',
            message: `containerPortRange works only with networkMode bridge or awsvpc, not ${mode}. Map single ports instead.`,
          });
        if (m.hostPort !== undefined)
          out.push({
            path: `${m.path}.hostPort`,
            severity: 'error',
            code: 'port-range-host-port',
            message:
              'hostPort must be left unset with containerPortRange: ECS assigns the host ports. Remove hostPort.',
            fix: setFix('Remove hostPort', `${m.path}.hostPort`, undefined),
          });
        const match = FORMAT.exec(m.range);
        const from = Number(match?.[1]);
        const to = Number(match?.[2]);
        if (!match || from < 1 || to > 65535 || from >= to) {
          out.push({
            path: at,
            severity: 'error',
            code: 'port-range-format',
            message: `containerPortRange "${m.range}" must be "first-last" with 1 <= first < last <= 65535, e.g. "8000-8010".`,
          });
          continue;
        }
        spans.push({ from, to, path: at });
      }
      if (ranges > MAX_PORT_RANGES)
        out.push({
          path: `${ref.path}.portMappings`,
          severity: 'error',
          code: 'port-range-count',
          message: `Container '${label(ref)}' has ${ranges} port ranges; at most ${MAX_PORT_RANGES} are allowed. Merge adjacent ranges.`,
        });
      if (ranges === 0) continue;
      // Sort by start: each span overlaps a previous one iff it starts at or before the furthest end so far.
      spans.sort((a, b) => a.from - b.from);
      let end = -1;
      for (const s of spans) {
        if (s.from <= end)
          out.push({
            path: s.path,
            severity: 'error',
            code: 'port-range-overlap',
            message: `Ports ${s.from}–${s.to} overlap another mapping of container '${label(ref)}'; a port may appear in only one mapping. Make the ranges disjoint.`,
          });
        end = Math.max(end, s.to);
      }
    }
    return out;
  },
};
