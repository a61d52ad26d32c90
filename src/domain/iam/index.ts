export { executionRolePolicy } from './execution-role.ts';
export { taskRolePolicy } from './task-role.ts';
export type { IamPolicy } from './policy.ts';
