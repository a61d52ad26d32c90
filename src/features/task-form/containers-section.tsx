// The containers: add, remove, move, duplicate. Each card is memoized and keyed by index; it
// re-renders on structural changes only, and its fields subscribe to their own values.
import { memo, useEffect, useId, useState } from 'react';
import { flushSync } from 'react-dom';
import { cloneJson, isJsonObject, own, setAt, type JsonObject, type JsonValue } from '../../domain/index.ts';
import { ContainerFields } from './container-fields.tsx';
import { deferUntilIdle } from './deferred-mount.ts';
import { expandAt, registerExpander } from './focus.ts';
import { useListGeneration } from './list-generation.ts';
import { useDocSelect, useFormContext, useLengthAt, useProblemsAt } from './form-store.ts';
import { Messages } from './row-list.tsx';
import { describeValue } from './field-shell.tsx';

/** Above this many containers, each card mounts its closed groups' fields only when they are opened. */
export const LAZY_OVER = 4;

function containerList(doc: JsonObject): JsonValue[] {
  const list = own(doc, 'containerDefinitions');
  return Array.isArray(list) ? list : [];
}

function uniqueName(list: readonly JsonValue[], base: string): string {
  const taken = new Set(list.map((c) => (isJsonObject(c) ? own(c, 'name') : undefined)));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Container list edits: each writes the one list, other containers keep their identity. */
function useContainerActions(): {
  add: () => void;
  remove: (i: number) => void;
  move: (i: number, by: -1 | 1) => void;
  duplicate: (i: number) => void;
} {
  const { store } = useFormContext();
  // Rendered synchronously so that focus can follow the container that moved (keyboard users).
  const update = (fn: (list: JsonValue[]) => JsonValue[]): void => {
    const doc = store.get().value;
    flushSync(() => {
      store.set(setAt(doc, ['containerDefinitions'], fn([...containerList(doc)])) as JsonObject, 'form');
    });
  };
  return {
    add: () => {
      update((list) => [
        ...list,
        { name: uniqueName(list, `container-${list.length + 1}`), essential: true },
      ]);
    },
    remove: (i) => {
      update((list) => list.filter((_, j) => j !== i));
      focusFirst([
        `[data-path="containerDefinitions[${i}]"]`,
        `[data-path="containerDefinitions[${i - 1}]"]`,
        '.tf-add',
      ]);
    },
    move: (i, by) => {
      update((list) => {
        const a = list[i];
        const b = list[i + by];
        if (a === undefined || b === undefined) return list;
        list[i] = b;
        list[i + by] = a;
        return list;
      });
      // The card moved into may not have mounted its toolbar yet (a large task, just pasted).
      expandAt(`containerDefinitions[${i + by}]`);
      const card = `[data-path="containerDefinitions[${i + by}]"]`;
      const [same, other] = by < 0 ? ['up', 'down'] : ['down', 'up'];
      focusFirst([`${card} [data-action="move-${same}"]:enabled`, `${card} [data-action="move-${other}"]`]);
    },
    duplicate: (i) => {
      update((list) => {
        const c = list[i];
        if (c === undefined) return list;
        const copy = cloneJson(c);
        if (isJsonObject(copy)) {
          const name = own(copy, 'name');
          copy.name = uniqueName(list, `${typeof name === 'string' ? name : 'container'}-copy`);
        }
        return [...list.slice(0, i + 1), copy, ...list.slice(i + 1)];
      });
    },
  };
}

function focusFirst(selectors: readonly string[]): void {
  for (const sel of selectors) {
    const el = document.querySelector<HTMLElement>(sel);
    if (el) {
      el.focus();
      return;
    }
  }
}

export function ContainersSection(): React.JSX.Element {
  const count = useLengthAt(['containerDefinitions']);
  const raw = useDocSelect((doc) => {
    const v = own(doc, 'containerDefinitions');
    return v === undefined || Array.isArray(v) ? null : v;
  });
  const { generation, fresh } = useListGeneration(useDocSelect((doc) => own(doc, 'containerDefinitions')));
  const actions = useContainerActions();
  const listProblems = useProblemsAt('containerDefinitions');
  const listProblemsId = useId();
  return (
    <section className="tf-section" aria-labelledby="tf-containers-heading">
      <h2 id="tf-containers-heading">Containers</h2>
      {raw !== null ? (
        <p className="tf-msg tf-msg-error" data-path="containerDefinitions">
          Expected a list of containers; the JSON holds {describeValue(raw)}. Fix it in the JSON.
        </p>
      ) : (
        <>
          {Array.from({ length: count }, (_, i) => (
            <ContainerCard
              key={`${generation}-${i}`}
              index={i}
              count={count}
              actions={actions}
              deferred={fresh && count > LAZY_OVER}
            />
          ))}
          <Messages id={listProblemsId} problems={listProblems} />
          <button
            type="button"
            className="tf-add"
            data-path="containerDefinitions"
            aria-describedby={listProblems.length > 0 ? listProblemsId : undefined}
            onClick={actions.add}
          >
            Add container
          </button>
        </>
      )}
    </section>
  );
}

interface CardProps {
  readonly index: number;
  readonly count: number;
  readonly actions: ReturnType<typeof useContainerActions>;
  /**
   * Read when the card mounts. On a large task, the cards that mount together (a paste, an import,
   * the page opening on it) show their name and image first and mount the rest when the page is idle
   * (or at once when something reveals a path inside, or the keyboard enters), so the frame that shows
   * a pasted definition does not build every card. (The cards sit below the task's own fields: after a
   * paste they are rarely on screen, and whichever are shows the rest a few frames later.)
   */
  readonly deferred: boolean;
}

/**
 * Whether the card shows all of itself: false until the page is idle, a path inside it is revealed,
 * or the keyboard enters it (then `show` mounts the rest before the next Tab).
 */
function useFullCard(deferred: boolean, path: string): [boolean, () => void] {
  const [full, setFull] = useState(!deferred);
  const show = (): void => {
    setFull(true);
  };
  useEffect(() => {
    if (full) return undefined;
    const cancel = deferUntilIdle(() => {
      flushSync(show);
    });
    const off = registerExpander(path, show);
    return () => {
      cancel();
      off();
    };
  }, [full, path]);
  return [full, show];
}

const ContainerCard = memo(
  function ContainerCard({ index, count, actions, deferred }: CardProps): React.JSX.Element {
    const name = useDocSelect((doc) => {
      const c = containerList(doc)[index];
      const n = isJsonObject(c) ? own(c, 'name') : undefined;
      return typeof n === 'string' && n !== '' ? n : undefined;
    });
    const isObject = useDocSelect((doc) => isJsonObject(containerList(doc)[index]));
    const path = `containerDefinitions[${index}]`;
    const problems = useProblemsAt(path);
    const problemsId = useId();
    const [full, show] = useFullCard(deferred, path);
    const title = name !== undefined ? `Container ${name}` : `Container ${index + 1} (unnamed)`;
    const who = name ?? `container ${index + 1}`;
    return (
      <fieldset
        className="tf-container"
        data-path={path}
        tabIndex={-1}
        aria-describedby={problems.length > 0 ? problemsId : undefined}
        onFocus={full ? undefined : show}
      >
        <legend>{title}</legend>
        <Messages id={problemsId} problems={problems} />
        {full ? (
          <div className="tf-toolbar">
            <button
              type="button"
              data-action="move-up"
              disabled={index === 0}
              onClick={() => {
                actions.move(index, -1);
              }}
            >
              Move {who} up
            </button>
            <button
              type="button"
              data-action="move-down"
              disabled={index === count - 1}
              onClick={() => {
                actions.move(index, 1);
              }}
            >
              Move {who} down
            </button>
            <button
              type="button"
              onClick={() => {
                actions.duplicate(index);
              }}
            >
              Duplicate {who}
            </button>
            <button
              type="button"
              onClick={() => {
                actions.remove(index);
              }}
            >
              Remove {who}
            </button>
          </div>
        ) : null}
        {isObject ? (
          <ContainerFields index={index} lazy={count > LAZY_OVER} compact={!full} />
        ) : (
          <p className="tf-msg tf-msg-error">This entry is not an object; fix it in the JSON.</p>
        )}
      </fieldset>
    );
  },
  (a, b) => a.index === b.index && a.count === b.count,
);
