// Advice, not a RULES.md rule: ECS accepts a container that ignores a tracing sidecar. But "Add X-Ray
// sidecar" / "Add OpenTelemetry collector" wire only the containers present at the time (docs/sidecars.md),
// so a container added later sends its traces nowhere (bridge: no link, so the sidecar's name does not
// resolve; ADOT: no endpoint, and it may start before the collector). The fix is the sidecar code's own
// wiring, so the result is what adding the sidecar after the container would have produced.
import { SIDECAR_CATALOG, unwiredContainers, wireLateContainer } from '../../sidecars/index.ts';
import type { Rule } from '../rule.ts';
import { problem } from './util.ts';

export const sidecarWiringRule: Rule = {
  id: 'sidecar-not-wired',
  check(doc) {
    return unwiredContainers(doc).map((u) => {
      const label = SIDECAR_CATALOG[u.kind].label;
      return problem(
        `containerDefinitions[${u.index}]`,
        'warning',
        'sidecar-not-wired',
        `Container '${u.name}' is not wired to the ${label} '${u.sidecarName}', so its traces may go nowhere: adding a sidecar wires only the containers present at the time. Wiring it as the add does would: ${u.changes.join('; ')}.`,
        {
          title: `Wire '${u.name}' to '${u.sidecarName}'`,
          apply: (d) => wireLateContainer(d, u.kind, u.index),
        },
      );
    });
  },
};
