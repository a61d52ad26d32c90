// The toolbar's "Tracing" group: one button per sidecar kind that adds or removes it (one store update,
// so one undo step), a choice of image registry, and a card that says what changed and why.
import { useCallback, useId, useRef, useState, useSyncExternalStore } from 'react';
import { SIDECAR_CATALOG, type JsonObject, type SidecarKind } from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';
import {
  buttonLabel,
  canReplace,
  imageFor,
  nextAction,
  runSidecar,
  type ImageSource,
  type SidecarAction,
  type SidecarOutcome,
  type SidecarReport,
} from './sidecar-actions.ts';
import { RefusalPanel, ReportPanel } from './sidecar-panels.tsx';
import { useEscape } from './use-escape.ts';
import './sidecars.css';

/** The daemon is what users ask for by name; the collector is what AWS recommends. */
const KINDS: readonly SidecarKind[] = ['xray', 'adot'];

type Panel =
  | { readonly type: 'report'; readonly report: SidecarReport; readonly id: number }
  | (Extract<SidecarOutcome, { type: 'refused' }> & { readonly basis: JsonObject });

export interface TracingGroupProps {
  readonly store: DocumentStore<JsonObject>;
}

export function TracingGroup({ store }: TracingGroupProps): React.JSX.Element {
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
  const doc = useSyncExternalStore(subscribe, () => store.get().value);
  const [source, setSource] = useState<ImageSource>('ecr-public');
  const [panel, setPanel] = useState<Panel | null>(null);
  const [status, setStatus] = useState('');
  const buttons = useRef(new Map<SidecarKind, HTMLButtonElement>());
  const labelId = useId();
  const sourceId = useId();
  const reports = useRef(0);
  const group = useRef<HTMLDivElement>(null);

  const run = (kind: SidecarKind, action: SidecarAction, growTask = false): void => {
    const current = store.get().value;
    const outcome = runSidecar(current, kind, action, {
      // The swap (daemon -> collector) adds too, so it honours the registry choice.
      image: action === 'remove' ? undefined : imageFor(kind, source),
      growTask,
    });
    if (outcome.type === 'refused') {
      setPanel({ ...outcome, basis: current });
      setStatus('');
      return;
    }
    if (outcome.type === 'changed') store.set(outcome.document, 'sidecar');
    reports.current += 1;
    setPanel({ type: 'report', report: outcome.report, id: reports.current });
    setStatus(outcome.report.summary);
  };

  const dismiss = (kind: SidecarKind): void => {
    setPanel(null);
    buttons.current.get(kind)?.focus();
  };

  // A refusal speaks of the document it was computed for: once that changes, its offer is stale.
  const shown = panel?.type === 'refused' && panel.basis !== doc ? null : panel;
  const shownKind = shown?.type === 'report' ? shown.report.kind : shown?.kind;
  // Escape closes the card from anywhere in the group: its buttons keep the focus after a click.
  useEscape(
    group,
    shownKind === undefined
      ? undefined
      : () => {
          dismiss(shownKind);
        },
  );

  return (
    <div ref={group} className="sidecar-group" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="sidecar-group-label">
        Tracing
      </span>
      {KINDS.map((kind) => {
        const action = nextAction(doc, kind);
        return (
          <button
            key={kind}
            type="button"
            // Said before the click too: the daemon is in maintenance, the collector is its successor.
            {...(kind === 'xray' && action === 'add' ? { title: SIDECAR_CATALOG.xray.status } : {})}
            ref={(el) => {
              if (el) buttons.current.set(kind, el);
              else buttons.current.delete(kind);
            }}
            onClick={() => {
              run(kind, action);
            }}
          >
            {buttonLabel(kind, action === 'remove')}
          </button>
        );
      })}
      {/* One piece when the toolbar wraps: the label never ends a row without its select. */}
      <span className="sidecar-source-field">
        <label className="sidecar-source" htmlFor={sourceId}>
          Images from
        </label>
        <select
          id={sourceId}
          value={source}
          onChange={(e) => {
            setSource(e.target.value === 'docker-hub' ? 'docker-hub' : 'ecr-public');
          }}
        >
          <option value="ecr-public">ECR Public</option>
          <option value="docker-hub">Docker Hub</option>
        </select>
      </span>
      {/* The card shows the same words; this live region announces them. */}
      <span className="visually-hidden" role="status" aria-live="polite">
        {status}
      </span>
      {shown?.type === 'report' ? (
        <ReportPanel
          key={shown.id}
          report={shown.report}
          {...(shown.report.kind === 'xray' && canReplace(doc, 'adot')
            ? {
                onReplace: () => {
                  run('adot', 'replace');
                  buttons.current.get('adot')?.focus();
                },
              }
            : {})}
          onDismiss={() => {
            dismiss(shown.report.kind);
          }}
        />
      ) : null}
      {shown?.type === 'refused' ? (
        <RefusalPanel
          refusal={shown}
          onGrow={() => {
            run(shown.kind, shown.action, true);
            buttons.current.get(shown.kind)?.focus();
          }}
          onDismiss={() => {
            dismiss(shown.kind);
          }}
        />
      ) : null}
    </div>
  );
}
