export { createDocumentHistory } from './history.ts';
export type { DocumentHistory, HistoryOptions, HistoryState } from './history.ts';
export { changedPath } from './changed-path.ts';
