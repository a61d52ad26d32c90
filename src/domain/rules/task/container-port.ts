// RULES.md 40 [REG]: each port mapping needs a valid containerPort (or a containerPortRange); an empty or
//   malformed mapping gives F13. Source: I:aws/aws-cli#7288, I:aws/aws-cdk#8762.
// RULES.md 43 [REG-doc]: Windows containers on Fargate can't use containerPort 3150 (reserved).
//   Source: DG23 task_definition_parameters.md.
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { containers, isFargate, isWindows, type Rule } from '../rule.ts';
import { mappingsOf } from './port-mappings.ts';
import { label, setFix } from './util.ts';

export const containerPortRule: Rule = {
  id: 'container-port',
  check(doc) {
    const out: Problem[] = [];
    const windowsFargate = isWindows(doc) && isFargate(doc);
    for (const ref of containers(doc)) {
      for (const m of mappingsOf(ref)) {
        const raw = own(m.mapping, 'containerPort');
        if (m.range !== undefined && raw === undefined) continue; // port-range.ts
        const p = m.containerPort;
        const valid = p !== undefined && Number.isInteger(p) && p >= 1 && p <= 65535;
        // A string or a fraction is the schema's to report (with a conversion fix); judge only the rest.
        if (!valid && (raw === undefined || (typeof raw === 'number' && Number.isInteger(raw)))) {
          const empty = Object.keys(m.mapping).length === 0;
          out.push({
            path: raw === undefined ? m.path : `${m.path}.containerPort`,
            severity: 'error',
            code: 'container-port-invalid',
            message: `Invalid 'containerPort' setting for container '${label(ref)}'. Set containerPort to the port the application listens on (1–65535)${empty ? ', or remove the empty mapping' : ''}.`,
            ...(empty ? { fix: setFix('Remove the empty port mapping', m.path, undefined) } : {}),
          });
        } else if (windowsFargate && p === 3150) {
          out.push({
            path: `${m.path}.containerPort`,
            severity: 'error',
            code: 'windows-fargate-port-3150',
            message:
              'Windows containers on Fargate can’t use containerPort 3150, which is reserved. Listen on another port.',
          });
        }
      }
    }
    return out;
  },
};
