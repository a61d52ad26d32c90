import { useLayoutEffect, useRef, useState } from 'react';
import { SIDECAR_CATALOG } from '../../domain/index.ts';
import { growLabel, type PolicyToCopy, type SidecarOutcome, type SidecarReport } from './sidecar-actions.ts';

type Refusal = Extract<SidecarOutcome, { type: 'refused' }>;

interface PanelFrameProps {
  readonly title: string;
  readonly onDismiss: () => void;
  readonly children: React.ReactNode;
}

const MARGIN = 8;

/** The group can sit anywhere in a wrapping toolbar: shift the card sideways so it stays on screen. */
function useKeepInViewport(ref: React.RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const place = () => {
      el.style.transform = '';
      const rect = el.getBoundingClientRect();
      const maxRight = document.documentElement.clientWidth - MARGIN;
      let shift = rect.right > maxRight ? maxRight - rect.right : 0;
      if (rect.left + shift < MARGIN) shift = MARGIN - rect.left;
      if (shift !== 0) el.style.transform = `translateX(${String(shift)}px)`;
    };
    place();
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('resize', place);
    };
  }, [ref]);
}

/** A non-modal card under the Tracing group; "Dismiss" (or Escape, see TracingGroup) closes it. */
function PanelFrame({ title, onDismiss, children }: PanelFrameProps): React.JSX.Element {
  const frame = useRef<HTMLElement>(null);
  useKeepInViewport(frame);
  return (
    <section ref={frame} className="sidecar-panel" role="dialog" aria-modal="false" aria-label={title}>
      <div className="sidecar-panel-head">
        <h2 className="sidecar-panel-title">{title}</h2>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      {children}
    </section>
  );
}

export function ReportPanel({
  report,
  onDismiss,
  onReplace,
}: {
  readonly report: SidecarReport;
  readonly onDismiss: () => void;
  /** After adding the daemon: swap it for its successor, the collector. */
  readonly onReplace?: () => void;
}): React.JSX.Element {
  const policy = report.policy;
  const policyInNote = policy !== undefined && report.notes.some((n) => n.json === policy.json);
  return (
    <PanelFrame title={report.summary} onDismiss={onDismiss}>
      {report.changes.length > 0 ? (
        <>
          <h3>Changes</h3>
          <ul className="sidecar-changes">
            {report.changes.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
      {report.notes.length > 0 ? (
        <>
          <h3>Notes</h3>
          <ul className="sidecar-notes">
            {report.notes.map((n, i) => (
              <li key={i}>
                {n.text}
                {n.json !== undefined ? <pre className="sidecar-json">{n.json}</pre> : null}
                {policy && n.json === policy.json ? <CopyPolicy policy={policy} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {policy && !policyInNote ? <CopyPolicy policy={policy} /> : null}
      {onReplace ? (
        <p>
          <button type="button" onClick={onReplace}>
            Use the OpenTelemetry collector instead
          </button>
        </p>
      ) : null}
    </PanelFrame>
  );
}

/** Next to the policy it copies, so the button is in view with the document. */
function CopyPolicy({ policy }: { readonly policy: PolicyToCopy }): React.JSX.Element {
  const [copied, setCopied] = useState('');
  return (
    <p className="sidecar-copy">
      <button
        type="button"
        onClick={() => {
          navigator.clipboard.writeText(policy.json).then(
            () => {
              setCopied(`Copied the ${policy.name} policy`);
            },
            () => {
              setCopied('The browser refused the clipboard; select the policy text and copy it');
            },
          );
        }}
      >
        Copy policy
      </button>
      <span className="toolbar-status" role="status" aria-live="polite">
        {copied}
      </span>
    </p>
  );
}

export function RefusalPanel({
  refusal,
  onGrow,
  onDismiss,
}: {
  readonly refusal: Refusal;
  readonly onGrow: () => void;
  readonly onDismiss: () => void;
}): React.JSX.Element {
  const grow = refusal.grow;
  return (
    <PanelFrame title={`The ${SIDECAR_CATALOG[refusal.kind].label} was not added`} onDismiss={onDismiss}>
      <p className="sidecar-refusal" role="alert">
        {refusal.message}
      </p>
      {grow ? (
        <p>
          <button type="button" className="primary" onClick={onGrow}>
            {growLabel(grow)}
          </button>
        </p>
      ) : null}
    </PanelFrame>
  );
}
