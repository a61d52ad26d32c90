// Drafts and history on the page: the toolbar controls, the notices, and the page-wide undo keys.
import { DraftNotices, DraftsControl } from '../features/drafts/index.ts';
import { UndoRedoButtons, useHistoryKeys } from '../features/history/index.ts';
import { starterDocument } from './starter-document.ts';
import type { Workspace } from './workspace.ts';

/** Call once from App. */
export function usePersistenceMounts(ws: Workspace): { toolbar: React.ReactNode; notices: React.ReactNode } {
  useHistoryKeys(ws.history);
  const toolbar = (
    <>
      {ws.drafts ? <DraftsControl session={ws.drafts} starter={starterDocument} /> : null}
      <UndoRedoButtons history={ws.history} />
    </>
  );
  const notices = ws.drafts ? <DraftNotices session={ws.drafts} startNotes={ws.startNotes} /> : null;
  return { toolbar, notices };
}
