// Health checks and restart policies (RULES.md section G).
import { own, type JsonValue } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { arr, containers, obj, type Rule } from '../rule.ts';
import { problem, setFix } from './util.ts';

// RULES.md 67 [SDK]: healthCheck.command starts with CMD or CMD-SHELL. Source: M:HealthCheck.
// An empty command is an error. The CMD/CMD-SHELL prefix is only the model's documentation: botocore
// does not check it (scripts/botocore-validate.py accepts ["/healthcheck"]) and ECS registers such
// definitions: AWS's own ADOT collector examples use ["/healthcheck"] (XRAY.md section 6; corpus
// aws-otel-collector files), and users report it running (aws-observability/aws-otel-collector#2034,
// aws-otel-community#1320). So a missing prefix is a warning. Only a lower-case prefix gets a fix:
// adding CMD-SHELL would need a shell that images like the collector (built FROM scratch) lack.
export const healthCheckCommandRule: Rule = {
  id: 'health-check-command',
  check(doc) {
    const out: Problem[] = [];
    for (const c of containers(doc)) {
      const command = own(obj(own(c.container, 'healthCheck')) ?? {}, 'command');
      if (!Array.isArray(command)) continue; // missing or wrong type: the schema reports it
      const path = `${c.path}.healthCheck.command`;
      const first = command[0];
      if (command.length === 0 || (command.length === 1 && (first === 'CMD' || first === 'CMD-SHELL'))) {
        out.push(
          problem(
            path,
            'error',
            'health-check-command-empty',
            'The health check command is empty. Add one, e.g. ["CMD-SHELL", "curl -f http://localhost/ || exit 1"].',
          ),
        );
        continue;
      }
      if (typeof first !== 'string' || first === 'CMD' || first === 'CMD-SHELL') continue;
      const upper = first.toUpperCase();
      if (upper === 'CMD' || upper === 'CMD-SHELL') {
        const fixed: JsonValue[] = [upper, ...command.slice(1)];
        out.push(
          problem(
            `${path}[0]`,
            'warning',
            'health-check-command-prefix',
            `Docker knows the health check forms "CMD" and "CMD-SHELL" in capitals only; "${first}" is not one of them. Write "${upper}".`,
            setFix(`Write "${upper}"`, path, fixed),
          ),
        );
        continue;
      }
      out.push(
        problem(
          `${path}[0]`,
          'warning',
          'health-check-command-prefix',
          `The health check command starts with "${first}", not "CMD" (run the arguments directly) or "CMD-SHELL" (run them with the container's shell), the forms the ECS documentation asks for. ECS registers it as written, and AWS's own examples use ["/healthcheck"] for the ADOT collector; add "CMD" (or "CMD-SHELL" where the image has a shell) if the check never reports healthy.`,
        ),
      );
    }
    return out;
  },
};

const HEALTH_RANGES = [
  ['interval', 5, 300],
  ['timeout', 2, 60],
  ['retries', 1, 10],
  ['startPeriod', 0, 300],
] as const;

function clampProblem(
  path: string,
  code: string,
  what: string,
  value: number,
  min: number,
  max: number,
): Problem {
  const to = value < min ? min : max;
  return problem(
    path,
    'error',
    code,
    `${what} must be between ${min} and ${max}; it is ${value}. Set it to ${to}.`,
    setFix(`Set it to ${to}`, path, to),
  );
}

// RULES.md 68 [REG-doc]: interval 5–300 s, timeout 2–60 s, retries 1–10, startPeriod 0–300 s.
// Source: M:HealthCheck. No service text was captured (FIXTURES "Not found"): our wording.
export const healthCheckRangesRule: Rule = {
  id: 'health-check-range',
  check(doc) {
    const out: Problem[] = [];
    for (const c of containers(doc)) {
      const hc = obj(own(c.container, 'healthCheck'));
      if (!hc) continue;
      for (const [key, min, max] of HEALTH_RANGES) {
        const value = own(hc, key);
        if (typeof value !== 'number' || (value >= min && value <= max)) continue;
        out.push(
          clampProblem(
            `${c.path}.healthCheck.${key}`,
            'health-check-range',
            `healthCheck.${key}`,
            value,
            min,
            max,
          ),
        );
      }
    }
    return out;
  },
};

// RULES.md 70 [SDK/REG-doc]: ignoredExitCodes holds at most 50 codes; restartAttemptPeriod is
// 60–1800 s. `enabled` being required is the schema's job. Source: M:ContainerRestartPolicy.
export const restartPolicyRule: Rule = {
  id: 'restart-policy-range',
  check(doc) {
    const out: Problem[] = [];
    for (const c of containers(doc)) {
      const rp = obj(own(c.container, 'restartPolicy'));
      if (!rp) continue;
      const codes = arr(own(rp, 'ignoredExitCodes'));
      if (codes.length > 50)
        out.push(
          problem(
            `${c.path}.restartPolicy.ignoredExitCodes`,
            'error',
            'restart-policy-range',
            `restartPolicy.ignoredExitCodes holds ${codes.length} exit codes; the limit is 50. Remove some.`,
          ),
        );
      const period = own(rp, 'restartAttemptPeriod');
      if (typeof period === 'number' && (period < 60 || period > 1800))
        out.push(
          clampProblem(
            `${c.path}.restartPolicy.restartAttemptPeriod`,
            'restart-policy-range',
            'restartPolicy.restartAttemptPeriod',
            period,
            60,
            1800,
          ),
        );
    }
    return out;
  },
};
