import { useMemo, useSyncExternalStore } from 'react';
import { documentBytes, MAX_TASK_DEFINITION_BYTES, type JsonObject } from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';
import { readSize } from './format.ts';
import './size-meter.css';

export interface SizeMeterProps {
  readonly store: DocumentStore<JsonObject>;
}

/**
 * How much of RegisterTaskDefinition's 64 KiB the document uses, measured the way the domain's
 * task-size rule measures it. Going over is reported by that rule in the problems list; the meter
 * only turns red and says so.
 */
export function SizeMeter({ store }: SizeMeterProps): React.JSX.Element {
  const doc = useSyncExternalStore(
    (onChange) => store.subscribe(onChange),
    () => store.get().value,
  );
  const reading = useMemo(() => readSize(documentBytes(doc), MAX_TASK_DEFINITION_BYTES), [doc]);
  return (
    <div className={`size-meter size-meter-${reading.level}`}>
      <meter
        aria-label="Task definition size"
        aria-valuetext={reading.text}
        min={0}
        max={reading.limit}
        low={reading.limit * 0.75}
        high={reading.limit * 0.9}
        optimum={0}
        value={Math.min(reading.bytes, reading.limit)}
      />
      <span className="size-meter-text" data-testid="size-meter-text">
        {reading.text}
      </span>
    </div>
  );
}
