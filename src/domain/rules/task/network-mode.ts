// RULES.md 28 [REG]: Fargate requires awsvpc (F08). Source: M; CFN fargate_properties.json; DG23.
// RULES.md 29 [REG-doc]: EXTERNAL (ECS Anywhere) supports bridge, host and none, not awsvpc.
//   Source: I:aws/aws-cdk#17415 (cites the ECS Anywhere guide).
// RULES.md 27 [SDK]: the enum is the schema's job. Windows on EC2 allows only an omitted mode or awsvpc
//   (DG23); no registration error was ever captured for it, so it is a warning, not an error.
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { compatibilities, isFargate, isWindows, str, type Rule } from '../rule.ts';
import { setFix } from './util.ts';

const MODES = ['bridge', 'host', 'awsvpc', 'none'];

export const networkModeRule: Rule = {
  id: 'network-mode',
  check(doc) {
    const out: Problem[] = [];
    const raw = own(doc, 'networkMode');
    const mode = str(raw);
    // An invalid value is reported once, by the schema (with a case fix); only judge valid modes here.
    if (raw !== undefined && (mode === undefined || !MODES.includes(mode))) return out;
    if (isFargate(doc) && mode !== 'awsvpc') {
      out.push({
        path: 'networkMode',
        severity: 'error',
        code: 'fargate-network-mode',
        message: `Fargate only supports network mode ‘awsvpc’. Set networkMode to awsvpc${mode === undefined ? ' (it is omitted, which means bridge)' : ''}.`,
        fix: setFix('Set networkMode to awsvpc', 'networkMode', 'awsvpc'),
      });
    }
    if (mode === 'awsvpc' && compatibilities(doc).includes('EXTERNAL')) {
      out.push({
        path: 'networkMode',
        severity: 'error',
        code: 'external-awsvpc',
        message:
          'ECS Anywhere (EXTERNAL) supports the bridge, host and none network modes, not awsvpc. Use bridge, or remove EXTERNAL from requiresCompatibilities.',
      });
    }
    if (isWindows(doc) && !isFargate(doc) && mode !== undefined && mode !== 'awsvpc') {
      out.push({
        path: 'networkMode',
        severity: 'warning',
        code: 'windows-network-mode',
        message: `Windows containers support only the default network mode (omit networkMode) or awsvpc, not ${mode}. Remove networkMode or set it to awsvpc.`,
        fix: setFix('Remove networkMode', 'networkMode', undefined),
      });
    }
    return out;
  },
};
