// Named drafts over a key-value backend. Each write carries the revision it was based on; a write
// based on an old revision is refused (another tab saved in between), so no save silently erases
// another. Generic over the document type: no ECS knowledge here.
import type { KeyValueBackend } from './backend.ts';

export interface DraftRecord<T> {
  readonly id: string;
  readonly name: string;
  readonly document: T;
  /** Bumped by every document save; a rename keeps it. */
  readonly revision: number;
  readonly updatedAt: number;
  /** The tab that saved last. */
  readonly writer: string;
}

export interface DraftSummary {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: number;
}

export type SaveOutcome<T> =
  | { readonly kind: 'saved'; readonly revision: number }
  | { readonly kind: 'conflict'; readonly theirs: DraftRecord<T> }
  | { readonly kind: 'missing' };

export interface DraftRepository<T> {
  readonly backend: KeyValueBackend;
  list(): Promise<DraftSummary[]>;
  read(id: string): Promise<DraftRecord<T> | undefined>;
  create(name: string, document: T, writer: string): Promise<DraftRecord<T>>;
  /** Save over `baseRevision`; refused when the stored draft moved on or was deleted. */
  save(id: string, document: T, baseRevision: number, writer: string): Promise<SaveOutcome<T>>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  lastOpened(): Promise<string | undefined>;
  setLastOpened(id: string): Promise<void>;
}

const DRAFT = 'draft:';
const LAST = 'meta:last';

export function createDraftRepository<T>(
  backend: KeyValueBackend,
  isDocument: (value: unknown) => value is T,
  newId: () => string = () => crypto.randomUUID(),
  now: () => number = () => Date.now(),
): DraftRepository<T> {
  const asRecord = (value: unknown): DraftRecord<T> | undefined => {
    if (typeof value !== 'object' || value === null) return undefined;
    const r = value as Partial<Record<keyof DraftRecord<T>, unknown>>;
    if (typeof r.id !== 'string' || typeof r.name !== 'string' || typeof r.revision !== 'number')
      return undefined;
    if (!isDocument(r.document)) return undefined;
    return {
      id: r.id,
      name: r.name,
      document: r.document,
      revision: r.revision,
      updatedAt: typeof r.updatedAt === 'number' ? r.updatedAt : 0,
      writer: typeof r.writer === 'string' ? r.writer : '',
    };
  };
  return {
    backend,
    async list() {
      const out: DraftSummary[] = [];
      for (const v of await backend.values()) {
        const r = asRecord(v);
        if (r) out.push({ id: r.id, name: r.name, updatedAt: r.updatedAt });
      }
      return out.sort((a, b) => b.updatedAt - a.updatedAt);
    },
    async read(id) {
      return asRecord(await backend.get(DRAFT + id));
    },
    async create(name, document, writer) {
      const record: DraftRecord<T> = { id: newId(), name, document, revision: 1, updatedAt: now(), writer };
      await backend.update(DRAFT + record.id, () => ({ put: record }));
      return record;
    },
    async save(id, document, baseRevision, writer) {
      let outcome: SaveOutcome<T> = { kind: 'missing' };
      await backend.update(DRAFT + id, (current) => {
        const stored = asRecord(current);
        if (!stored) {
          outcome = { kind: 'missing' };
          return undefined;
        }
        if (stored.revision !== baseRevision) {
          outcome = { kind: 'conflict', theirs: stored };
          return undefined;
        }
        const revision = stored.revision + 1;
        outcome = { kind: 'saved', revision };
        return { put: { ...stored, document, revision, updatedAt: now(), writer } };
      });
      return outcome;
    },
    async rename(id, name) {
      await backend.update(DRAFT + id, (current) => {
        const stored = asRecord(current);
        return stored ? { put: { ...stored, name } } : undefined;
      });
    },
    async remove(id) {
      await backend.update(DRAFT + id, () => ({ remove: true }));
    },
    async lastOpened() {
      const v = await backend.get(LAST);
      return typeof v === 'string' ? v : undefined;
    },
    async setLastOpened(id) {
      await backend.update(LAST, (current) => (current === id ? undefined : { put: id }));
    },
  };
}
