// Every generator starts from the same clean document, so each output format says the same thing.
import { exportDocument } from '../export/index.ts';
import type { JsonObject } from '../json.ts';

/** The document every generator renders (exportDocument: ordered, nulls and empties removed). */
export function prepare(doc: JsonObject): JsonObject {
  return exportDocument(doc);
}

/** A file-name-safe version of a family name (the service allows [A-Za-z0-9_-] only). */
export function safeFileStem(family: string): string {
  const stem = family.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return stem === '' ? 'task-definition' : stem;
}
