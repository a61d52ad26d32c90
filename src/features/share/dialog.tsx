// A modal on the native <dialog>: showModal() makes the rest of the page inert, Escape closes it,
// and the heading names it. (Local to this feature: features do not share components.)
import { useEffect, useId, useRef } from 'react';

export interface DialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  readonly children: React.ReactNode;
}

export function Dialog({ open, title, onClose, children }: DialogProps): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) {
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
    } else if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="share-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <header className="share-dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </header>
          <div className="share-dialog-body">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}
