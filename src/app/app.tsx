import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { EditorPage } from './editor-page.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { usePersistenceMounts } from './persistence-mounts.tsx';
import { plainWorkspace, type Workspace } from './workspace.ts';

export function App({ workspace }: { readonly workspace?: Workspace }): React.JSX.Element {
  // The store lives above the error boundary, so a crash below never loses the document.
  const [ws] = useState(() => workspace ?? plainWorkspace());
  const { store } = ws;
  const mounts = usePersistenceMounts(ws);
  // Static files from public/ only (the template gallery): same origin, never stale within a visit.
  const [queryClient] = useState(() => new QueryClient());
  return (
    <ErrorBoundary store={store}>
      <QueryClientProvider client={queryClient}>
        <EditorPage
          store={store}
          history={ws.history}
          toolbarStart={mounts.toolbar}
          notices={mounts.notices}
        />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
