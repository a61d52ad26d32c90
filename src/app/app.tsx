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
  return (
    <ErrorBoundary store={store}>
      <EditorPage store={store} history={ws.history} toolbarStart={mounts.toolbar} notices={mounts.notices} />
    </ErrorBoundary>
  );
}
