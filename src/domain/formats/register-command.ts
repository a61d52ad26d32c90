// The AWS CLI command that registers the exported JSON file.
import { safeFileStem } from './prepare.ts';

/** `aws ecs register-task-definition --cli-input-json file://<family>.json` */
export function registerCommand(family: string): string {
  return `aws ecs register-task-definition --cli-input-json file://${safeFileStem(family)}.json`;
}
