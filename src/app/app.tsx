import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createDocumentStore } from '../lib/document-store.ts';
import type { JsonObject } from '../domain/index.ts';
import { EditorPage } from './editor-page.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { starterDocument } from './starter-document.ts';

export function App(): React.JSX.Element {
  // The store lives above the error boundary, so a crash below never loses the document.
  const [store] = useState(() => createDocumentStore<JsonObject>(starterDocument()));
  // Static files from public/ only (the template gallery): same origin, never stale within a visit.
  const [queryClient] = useState(() => new QueryClient());
  return (
    <ErrorBoundary store={store}>
      <QueryClientProvider client={queryClient}>
        <EditorPage store={store} />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
