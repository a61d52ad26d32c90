// RULES.md 9 [RUN]: launching with a launch type the definition was not validated for fails at
// RunTask/CreateService with "Task definition does not support launch_type FARGATE." (FIXTURES F32).
// Registration does not fail, so this is advice: a definition that looks built for Fargate (awsvpc
// plus task-level cpu and memory) but does not list FARGATE gets an info. Source: I:aws/aws-cli#3983.
// Only when FARGATE would fit: a definition that Fargate would reject (privileged, a host sourcePath,
// devices, ...) is built for EC2, and the fix would make Fix all strip those to suit Fargate.
import { own, type JsonObject } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { compatibilities, type Rule } from '../rule.ts';
import { setFix } from './util.ts';

const ID = 'compatibility-fargate-missing';

function errorKeys(rules: readonly Rule[], doc: JsonObject): Set<string> {
  const out = new Set<string>();
  for (const rule of rules) {
    if (rule.id === ID) continue;
    let found: Problem[];
    try {
      found = rule.check(doc);
    } catch {
      continue; // check() reports a failing rule; here it only means "no verdict"
    }
    for (const p of found) if (p.severity === 'error') out.add(`${p.code}\u0000${p.path}`);
  }
  return out;
}

/** Would listing FARGATE add an error? Then the definition is meant for EC2 (or External). */
function fargateWouldReject(rules: readonly Rule[], doc: JsonObject): boolean {
  const before = errorKeys(rules, doc);
  const after = errorKeys(rules, { ...doc, requiresCompatibilities: ['FARGATE'] });
  for (const key of after) if (!before.has(key)) return true;
  return false;
}

/** The rule, judging "would FARGATE fit" with `rules()` (every other rule; given lazily by the registry). */
export function launchCompatibilityRuleFor(rules: () => readonly Rule[]): Rule {
  return {
    id: ID,
    check(doc) {
      if (compatibilities(doc).length > 0 || own(doc, 'requiresCompatibilities') !== undefined) return [];
      if (own(doc, 'networkMode') !== 'awsvpc') return [];
      if (own(doc, 'cpu') === undefined || own(doc, 'memory') === undefined) return [];
      if (fargateWouldReject(rules(), doc)) return [];
      return [
        {
          path: 'requiresCompatibilities',
          severity: 'info',
          code: ID,
          message:
            'Without requiresCompatibilities ECS validates this definition for EC2 only, and running it on Fargate fails with "Task definition does not support launch_type FARGATE." Add FARGATE if you run it on Fargate.',
          fix: setFix('Set requiresCompatibilities to ["FARGATE"]', 'requiresCompatibilities', ['FARGATE']),
        },
      ];
    },
  };
}
