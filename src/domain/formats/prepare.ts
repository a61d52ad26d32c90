// Every generator starts from the same clean document, so each output format says the same thing.
import { exportDocument } from '../export/index.ts';
import type { JsonObject } from '../json.ts';

/** The document every generator renders (exportDocument: ordered, nulls and empties removed). */
export function prepare(doc: JsonObject): JsonObject {
  return exportDocument(doc);
}

/** Room for the longest suffix (`-execution-role-policy.json`) within a file system's 255 bytes. */
export const MAX_FILE_STEM = 200;

/**
 * A file-name-safe version of a family name (the service allows [A-Za-z0-9_-] only), cut to
 * MAX_FILE_STEM characters: a family may have 255, and a file name with its suffix may not.
 */
export function safeFileStem(family: string): string {
  const stem = family
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_FILE_STEM)
    .replace(/-+$/, '');
  return stem === '' ? 'task-definition' : stem;
}
