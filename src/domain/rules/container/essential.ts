// RULES.md 49 [REG-doc]: at least one container must be essential; `essential` defaults to true.
// Source: M:ContainerDefinition.essential; CFN containerdefinitions_essential.json (E3042). No
// service text was captured, so the message is ours. Not contradicted by the 2026 model: error.
import { own } from '../../json.ts';
import { containers, str, type Rule } from '../rule.ts';
import { isEssential, items, problem, setFix } from './util.ts';

export const essentialContainerRule: Rule = {
  id: 'no-essential-container',
  check(doc) {
    const all = containers(doc);
    if (all.length === 0 || all.some((c) => isEssential(c.container))) return [];
    // Make essential the first container nothing waits on with COMPLETE/SUCCESS: those must stay
    // non-essential (RULES.md 60), so choosing one of them would trade this error for another.
    const mustExit = new Set<string>();
    for (const c of all)
      for (const { item } of items(c, 'dependsOn')) {
        const condition = str(own(item, 'condition'));
        const target = str(own(item, 'containerName'));
        if (target !== undefined && (condition === 'COMPLETE' || condition === 'SUCCESS'))
          mustExit.add(target);
      }
    const pick = all.find((c) => c.name === undefined || !mustExit.has(c.name)) ?? all[0];
    if (!pick) return [];
    return [
      problem(
        `${pick.path}.essential`,
        'error',
        'no-essential-container',
        'A task definition must have at least one essential container, and every container here sets essential to false. Mark the main container essential (the task stops when it stops).',
        setFix(`Make ${pick.name ?? pick.path} essential`, `${pick.path}.essential`, true),
      ),
    ];
  },
};
