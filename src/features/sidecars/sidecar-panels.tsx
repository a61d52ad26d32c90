import { useState } from 'react';
import { SIDECAR_CATALOG } from '../../domain/index.ts';
import { growLabel, type SidecarOutcome, type SidecarReport } from './sidecar-actions.ts';

type Refusal = Extract<SidecarOutcome, { type: 'refused' }>;

interface PanelFrameProps {
  readonly title: string;
  readonly onDismiss: () => void;
  readonly children: React.ReactNode;
}

/** A non-modal card under the Tracing group; "Dismiss" (or Escape, see TracingGroup) closes it. */
function PanelFrame({ title, onDismiss, children }: PanelFrameProps): React.JSX.Element {
  return (
    <section className="sidecar-panel" role="dialog" aria-modal="false" aria-label={title}>
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
  const [copied, setCopied] = useState('');
  const policy = report.policy;
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
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {onReplace ? (
        <p>
          <button type="button" onClick={onReplace}>
            Use the OpenTelemetry collector instead
          </button>
        </p>
      ) : null}
      {policy ? (
        <p className="sidecar-copy">
          <button
            type="button"
            onClick={() => {
              navigator.clipboard.writeText(policy.json).then(
                () => {
                  setCopied(`Copied the ${policy.name} policy`);
                },
                () => {
                  setCopied('The browser refused the clipboard; select the policy above and copy it');
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
      ) : null}
    </PanelFrame>
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
