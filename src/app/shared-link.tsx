// Wires the share feature's link reader to the page: a link replaces the document without asking only
// when the user has no work of their own in it (the starter document, or the same document already).
import { useCallback } from 'react';
import { jsonEqual, type JsonObject } from '../domain/index.ts';
import type { DocumentStore } from '../lib/document-store.ts';
import { SharedLinkNotice } from '../features/share/shared-link-notice.tsx';
import { starterDocument } from './starter-document.ts';

export function SharedLink({
  store,
}: {
  readonly store: DocumentStore<JsonObject>;
}): React.JSX.Element | null {
  const needsConfirm = useCallback(
    (incoming: JsonObject) => {
      const current = store.get().value;
      return !jsonEqual(current, starterDocument()) && !jsonEqual(current, incoming);
    },
    [store],
  );
  return <SharedLinkNotice store={store} needsConfirm={needsConfirm} />;
}
