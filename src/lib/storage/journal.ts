// The last-moment copy. When the page is hidden or closed, an asynchronous IndexedDB write may not
// finish; a synchronous localStorage write does. On the next start the journal is folded back into
// the drafts (see recover.ts). One key per tab, so two tabs closing together keep both.
export interface JournalEntry<T> {
  readonly tab: string;
  /** The draft it belongs to, or undefined for a draft never saved yet. */
  readonly draftId: string | undefined;
  readonly name: string;
  /** The stored revision the document was edited from. */
  readonly baseRevision: number;
  readonly document: T;
}

const PREFIX = 'taskdef:journal:';

export function writeJournal<T>(storage: Storage | undefined, entry: JournalEntry<T>): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PREFIX + entry.tab, JSON.stringify(entry));
    return true;
  } catch {
    return false; // full or forbidden: the debounced save is all there is
  }
}

export function clearJournal(storage: Storage | undefined, tab: string): void {
  try {
    storage?.removeItem(PREFIX + tab);
  } catch {
    // nothing to do: a stale journal is reconciled on the next start
  }
}

/** Every journal left behind, removed from storage as it is read. */
export function takeJournals<T>(
  storage: Storage | undefined,
  isDocument: (v: unknown) => v is T,
): JournalEntry<T>[] {
  if (!storage) return [];
  const out: JournalEntry<T>[] = [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(PREFIX)) keys.push(k);
    }
    for (const k of keys) {
      const text = storage.getItem(k);
      storage.removeItem(k);
      const entry = parse(text, isDocument);
      if (entry) out.push(entry);
    }
  } catch {
    // unreadable storage: nothing to recover
  }
  return out;
}

function parse<T>(text: string | null, isDocument: (v: unknown) => v is T): JournalEntry<T> | undefined {
  if (text === null) return undefined;
  try {
    const v = JSON.parse(text) as Partial<JournalEntry<unknown>>;
    if (typeof v.tab !== 'string' || typeof v.name !== 'string' || typeof v.baseRevision !== 'number')
      return undefined;
    if (!isDocument(v.document)) return undefined;
    return {
      tab: v.tab,
      draftId: typeof v.draftId === 'string' ? v.draftId : undefined,
      name: v.name,
      baseRevision: v.baseRevision,
      document: v.document,
    };
  } catch {
    return undefined;
  }
}
