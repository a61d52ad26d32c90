// Container dependencies and volumesFrom (RULES.md section F).
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { containers, isFargate, num, obj, str, type Rule } from '../rule.ts';
import { isEssential, items, label, problem, removeItemFix, setFix, unknownReference } from './util.ts';

// RULES.md 59 [REG] (F28): dependsOn[].containerName names a container of the task.
// RULES.md 60 [REG] (F27): a container waited on with COMPLETE or SUCCESS is not essential.
// RULES.md 61 [REG-doc]: HEALTHY needs the target's healthCheck. RULES.md calls this unverified
// (no service text; an emulator says AWS treats it as satisfied at once), so it is a warning: a
// document ECS may accept must not get an error. The task still waits on a check that never runs.
// Sources: M:ContainerDependency; I:eagletmt/hako#99; I:boto/boto3#2436; I:faiscadev/fakecloud#1211.
export const dependsOnRule: Rule = {
  id: 'depends-on',
  check(doc) {
    const out: Problem[] = [];
    const all = containers(doc);
    const byName = new Map(all.flatMap((c) => (c.name === undefined ? [] : [[c.name, c] as const])));
    for (const c of all) {
      for (const { item, index, path } of items(c, 'dependsOn')) {
        const target = str(own(item, 'containerName'));
        const condition = str(own(item, 'condition'));
        if (target === undefined) continue; // required member: the schema reports it
        const dep = byName.get(target);
        if (!dep) {
          const r = unknownReference(
            doc,
            target,
            `Cannot depend on container + '${target}' because it does not exist. Name one of this task's containers, or remove the dependency.`,
            removeItemFix(`Remove the dependency on '${target}'`, `${c.path}.dependsOn`, index),
          );
          out.push(
            problem(`${path}.containerName`, 'error', 'depends-on-unknown-container', r.message, r.fix),
          );
          continue;
        }
        if ((condition === 'COMPLETE' || condition === 'SUCCESS') && isEssential(dep.container)) {
          out.push(
            problem(
              `${path}.condition`,
              'error',
              'depends-on-essential-exit',
              `A dependency container with SUCCESS or COMPLETE condition cannot be an essential container. '${target}' is expected to exit, so set its essential to false (or wait for START/HEALTHY instead).`,
              setFix(`Set essential to false on '${target}'`, `${dep.path}.essential`, false),
            ),
          );
        }
        if (condition === 'HEALTHY' && !obj(own(dep.container, 'healthCheck'))) {
          out.push(
            problem(
              `${path}.condition`,
              'warning',
              'depends-on-healthy-without-health-check',
              `'${target}' has no healthCheck, so the HEALTHY condition can never be confirmed. Add a healthCheck to '${target}', or wait for START instead.`,
              setFix('Wait for START instead', `${path}.condition`, 'START'),
            ),
          );
        }
      }
    }
    return out;
  },
};

// RULES.md 63 [REG] (F30): volumesFrom[].sourceContainer is another container of the task.
// Source: I:eagletmt/hako#54. A container naming itself gets a warning: "another" is the documented
// wording, but no service text says registration rejects it.
export const volumesFromRule: Rule = {
  id: 'volumes-from',
  check(doc) {
    const out: Problem[] = [];
    const all = containers(doc);
    const names = new Set(all.flatMap((c) => (c.name === undefined ? [] : [c.name])));
    for (const c of all) {
      for (const { item, index, path } of items(c, 'volumesFrom')) {
        const source = str(own(item, 'sourceContainer'));
        if (source === undefined) continue;
        if (!names.has(source)) {
          const r = unknownReference(
            doc,
            source,
            `Invalid 'volumesFrom' setting. Unknown container: '${source}'. Name another container of this task.`,
            removeItemFix(`Remove volumesFrom '${source}'`, `${c.path}.volumesFrom`, index),
          );
          out.push(
            problem(`${path}.sourceContainer`, 'error', 'volumes-from-unknown-container', r.message, r.fix),
          );
        } else if (source === c.name) {
          out.push(
            problem(
              `${path}.sourceContainer`,
              'warning',
              'volumes-from-self',
              `${label(c)} mounts the volumes of itself; volumesFrom must name another container.`,
              removeItemFix(`Remove volumesFrom '${source}'`, `${c.path}.volumesFrom`, index),
            ),
          );
        }
      }
    }
    return out;
  },
};

// RULES.md 65 [REG-doc]: on Fargate, startTimeout and stopTimeout are 2–120 seconds.
// Source: M:ContainerDefinition.startTimeout/stopTimeout. A warning, not an error: a registered
// Fargate definition in the corpus (CxSci/atlas-of-opportunity, a describe output) carries
// startTimeout 300, so registration accepts it; Fargate applies at most 120 s at run time.
export const fargateTimeoutsRule: Rule = {
  id: 'fargate-timeout-range',
  check(doc) {
    if (!isFargate(doc)) return [];
    const out: Problem[] = [];
    for (const c of containers(doc)) {
      for (const key of ['startTimeout', 'stopTimeout'] as const) {
        const value = own(c.container, key);
        const n = typeof value === 'number' ? num(value) : undefined;
        if (n === undefined || (n >= 2 && n <= 120)) continue;
        const to = n < 2 ? 2 : 120;
        out.push(
          problem(
            `${c.path}.${key}`,
            'warning',
            'fargate-timeout-range',
            `On Fargate, ${key} uses 2 to 120 seconds; ${n} is outside that range. Set it to ${to}.`,
            setFix(`Set ${key} to ${to}`, `${c.path}.${key}`, to),
          ),
        );
      }
    }
    return out;
  },
};
