// Bracket pair colours need a parse of every bracket in the text. After a change that brings in a lot
// of text at once (a whole definition pasted), that parse would run inside the frame that first shows
// the change, ahead of its paint. The colours are off for that frame and back just after it: the paste,
// and the form it updates, paint first; the colours follow a frame later.
import type { editor, IDisposable } from 'monaco-editor/editor';

/** Characters inserted by one change above which the colours wait for the next frame. */
export const BIG_CHANGE = 10_000;

export function deferBracketColours(ed: editor.IStandaloneCodeEditor, model: editor.ITextModel): IDisposable {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const set = (enabled: boolean): void => {
    ed.updateOptions({ bracketPairColorization: { enabled } });
    // The model's own option is what its colour decorations read: the editor's option alone left it
    // on, and the parse of every bracket still ran in the paste's frame.
    model.updateOptions({
      bracketColorizationOptions: { enabled, independentColorPoolPerBracketType: false },
    });
  };
  const changed = model.onDidChangeContent((e) => {
    if (e.changes.reduce((n, c) => n + c.text.length, 0) < BIG_CHANGE) return;
    set(false);
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    // The frame's callbacks run before its paint; a task queued from one runs after it.
    frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        set(true);
      }, 0);
    });
  });
  return {
    dispose() {
      changed.dispose();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    },
  };
}
