// RULES.md 26 [REG-doc]: with FireLens `log-driver-buffer-limit`, task memory should exceed the
// containers' memory plus the buffer. The buffer is counted in log lines (0 <= n < 536870912, DG23
// firelens-docker-buffer-limit), not MiB, so the memory part can't be computed exactly: it is a warning.
// The documented range is checked as an error. Source: DG23 using_firelens.md.
import { isJsonObject, own } from '../../json.ts';
import { formatPath, parsePath } from '../../path.ts';
import type { Problem } from '../../problem.ts';
import { containers, str, type Rule } from '../rule.ts';
import { containerNeeds, taskMemory } from './util.ts';

export const BUFFER_LIMIT_MAX = 536870912;
const OPTION = 'log-driver-buffer-limit';

export const firelensBufferRule: Rule = {
  id: 'firelens-buffer',
  check(doc) {
    const out: Problem[] = [];
    let buffered = false;
    for (const ref of containers(doc)) {
      const log = own(ref.container, 'logConfiguration');
      if (!isJsonObject(log) || own(log, 'logDriver') !== 'awsfirelens') continue;
      const options = own(log, 'options');
      const raw = isJsonObject(options) ? str(own(options, OPTION)) : undefined;
      if (raw === undefined) continue;
      buffered = true;
      const n = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
      if (!(n >= 0 && n < BUFFER_LIMIT_MAX))
        out.push({
          path: formatPath([...parsePath(ref.path), 'logConfiguration', 'options', OPTION]),
          severity: 'error',
          code: 'firelens-buffer-limit',
          message: `${OPTION} is a number of log lines, at least 0 and below ${BUFFER_LIMIT_MAX} (default 1048576). Set it to a whole number in that range.`,
        });
    }
    const task = taskMemory(doc);
    const used = containerNeeds(doc).memory;
    if (buffered && task !== undefined && used >= task)
      out.push({
        path: 'memory',
        severity: 'warning',
        code: 'firelens-buffer-memory',
        message: `The containers use all ${task} MiB of task memory, leaving nothing for the FireLens log buffer (${OPTION}). Raise the task memory above the containers' total.`,
      });
    return out;
  },
};
