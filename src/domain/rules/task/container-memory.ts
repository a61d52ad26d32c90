// RULES.md 19 [REG]: without task-level memory, every container needs a non-zero memory or
//   memoryReservation (F18). Fargate always has task memory (rule 13 reports its absence).
//   Source: M:ContainerDefinition.memory/memoryReservation; I:sil-org/ecs-deploy#59, I:getmoto/moto#7280.
// RULES.md 20 [REG-doc]: memory must be at least memoryReservation. The docs say "greater than", but
//   equal is accepted (I:awsdocs/amazon-ecs-developer-guide#242), so only memory < reservation is an error.
// RULES.md 24 [ADV]: less than 6 MiB of memory does not start on Docker >= 20.10 (4 MiB before).
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { containers, isFargate, type Rule } from '../rule.ts';
import { label, posInt, setFix } from './util.ts';

export const DEFAULT_MEMORY_RESERVATION = 512;
export const DOCKER_MIN_MEMORY = 6;

export const containerMemoryRule: Rule = {
  id: 'container-memory',
  check(doc) {
    const out: Problem[] = [];
    const noTaskMemory = own(doc, 'memory') === undefined && !isFargate(doc);
    for (const ref of containers(doc)) {
      const { container, path } = ref;
      const memory = posInt(own(container, 'memory'));
      const reservation = posInt(own(container, 'memoryReservation'));
      // A value that is text but not a number (a template's "<MEMORY_RESV>", "${memory}") is given, in
      // the wrong type: the schema reports it; "missing" would be wrong, and its fix would overwrite it.
      const placeholder = [own(container, 'memory'), own(container, 'memoryReservation')].some(
        (v) => typeof v === 'string' && v.trim() !== '' && !/^\s*-?\d+(\.\d+)?\s*$/.test(v),
      );
      if (noTaskMemory && memory === undefined && reservation === undefined && !placeholder) {
        out.push({
          path,
          severity: 'error',
          code: 'container-memory-missing',
          message: `Invalid setting for container '${label(ref)}'. At least one of 'memory' or 'memoryReservation' must be specified. Set memoryReservation (a soft limit) on the container, or set task-level memory.`,
          fix: setFix(
            `Set memoryReservation to ${DEFAULT_MEMORY_RESERVATION} MiB`,
            `${path}.memoryReservation`,
            DEFAULT_MEMORY_RESERVATION,
          ),
        });
      }
      if (memory !== undefined && reservation !== undefined && memory < reservation) {
        out.push({
          path: `${path}.memoryReservation`,
          severity: 'error',
          code: 'container-memory-reservation',
          message: `memoryReservation (${reservation} MiB) is above memory (${memory} MiB) in container '${label(ref)}'. memory is the hard limit and must be at least the reservation: lower memoryReservation or raise memory.`,
          fix: setFix(`Set memoryReservation to ${memory}`, `${path}.memoryReservation`, memory),
        });
      }
      if (memory !== undefined && memory < DOCKER_MIN_MEMORY) {
        out.push({
          path: `${path}.memory`,
          severity: 'warning',
          code: 'container-memory-low',
          message: `memory ${memory} MiB is below Docker's minimum of ${DOCKER_MIN_MEMORY} MiB; the container will not start. Note that memory is in MiB, not GB.`,
        });
      }
    }
    return out;
  },
};
