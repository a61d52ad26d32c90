export { describeStorageError, memoryBackend, StorageFailure } from './backend.ts';
export type { BackendKind, Change, KeyValueBackend } from './backend.ts';
export { createDraftRepository } from './drafts.ts';
export type { DraftRecord, DraftRepository, DraftSummary, SaveOutcome } from './drafts.ts';
export { createDraftSession } from './session.ts';
export type { DraftSession, SaveStatus, SessionOptions, SessionState } from './session.ts';
export { startDrafts } from './start.ts';
export type { DraftsStart, DraftsStartOptions } from './start.ts';
