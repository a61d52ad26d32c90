// RULES.md 9 [RUN]: launching with a launch type the definition was not validated for fails at
// RunTask/CreateService with "Task definition does not support launch_type FARGATE." (FIXTURES F32).
// Registration does not fail, so this is advice: a definition that looks built for Fargate (awsvpc
// plus task-level cpu and memory) but does not list FARGATE gets an info. Source: I:aws/aws-cli#3983.
import { own } from '../../json.ts';
import { compatibilities, type Rule } from '../rule.ts';
import { setFix } from './util.ts';

export const launchCompatibilityRule: Rule = {
  id: 'compatibility-fargate-missing',
  check(doc) {
    if (compatibilities(doc).length > 0 || own(doc, 'requiresCompatibilities') !== undefined) return [];
    if (own(doc, 'networkMode') !== 'awsvpc') return [];
    if (own(doc, 'cpu') === undefined || own(doc, 'memory') === undefined) return [];
    return [
      {
        path: 'requiresCompatibilities',
        severity: 'info',
        code: 'compatibility-fargate-missing',
        message:
          'Without requiresCompatibilities ECS validates this definition for EC2 only, and running it on Fargate fails with "Task definition does not support launch_type FARGATE." Add FARGATE if you run it on Fargate.',
        fix: setFix('Set requiresCompatibilities to ["FARGATE"]', 'requiresCompatibilities', ['FARGATE']),
      },
    ];
  },
};
