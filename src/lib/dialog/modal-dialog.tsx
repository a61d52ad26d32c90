// A modal on the native <dialog>: showModal() makes the rest of the page inert (focus stays inside),
// Escape fires `cancel`, and the heading labels it. No ECS knowledge here. A child with
// `data-autofocus` gets the focus when the dialog opens.
import { useId, useLayoutEffect, useRef } from 'react';
import './modal-dialog.css';

export interface ModalDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  readonly className?: string;
  readonly children: React.ReactNode;
}

export function ModalDialog({
  open,
  title,
  onClose,
  className,
  children,
}: ModalDialogProps): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Layout effect: after a flushSync(close) the page is no longer inert, so focus can move at once.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) {
      // jsdom has no showModal/close; the open attribute is the closest there.
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
      // Start where the user will type (a child marked data-autofocus), not on the Close button.
      el.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && el.open) {
      if (typeof el.close === 'function') el.close();
      else el.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`modal-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <header className="modal-dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="modal-dialog-close" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
