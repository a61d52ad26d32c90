// The registration size limit, for views that show how close a document is to it.
export { documentBytes, MAX_TASK_DEFINITION_BYTES } from './rules/task/task-size.ts';
