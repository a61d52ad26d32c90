// The task form: the public surface the page mounts. Everything else in this folder is private.
export { TaskForm } from './task-form.tsx';
export type { TaskFormProps } from './task-form.tsx';
export { focusFormPath } from './focus.ts';
