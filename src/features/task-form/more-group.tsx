// A closed group of a container's less frequent fields. On a large task its fields mount when it is
// first opened (by the user, or by focusFormPath for a path under `prefixes`), so that pasting a
// ten-container definition does not mount some thousand controls nobody is looking at. On a small
// task they mount at once (the page's find-in-page then reaches them while the group is closed).
import { useEffect, useState, type ReactNode } from 'react';
import type { PathSegment } from '../../domain/index.ts';
import { registerExpander } from './focus.ts';
import { useLengthAt } from './form-store.ts';
import { ProblemBadge } from './row-list.tsx';

interface MoreGroupProps {
  readonly title: string;
  /** The paths whose fields the group holds: their problems are counted on the summary, and focusing one opens the group. */
  readonly prefixes: readonly string[];
  /** Read when the group mounts. */
  readonly lazy: boolean;
  /** A list whose length the summary shows ("Environment variables (50)"). */
  readonly count?: readonly PathSegment[];
  readonly children: ReactNode;
}

export function MoreGroup({ title, prefixes, lazy, count, children }: MoreGroupProps): React.JSX.Element {
  // Decided once: a group whose fields are mounted never unmounts them when the task grows.
  const [eager] = useState(!lazy);
  const [opened, setOpened] = useState(false);
  const mounted = opened || eager;
  const key = prefixes.join('\n');
  useEffect(() => {
    if (mounted) return undefined;
    const offs = key.split('\n').map((p) =>
      registerExpander(p, () => {
        setOpened(true);
      }),
    );
    return () => {
      for (const off of offs) off();
    };
  }, [mounted, key]);
  return (
    <details
      className="tf-more"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>
        {title} {count !== undefined ? <Count path={count} /> : null}
        <ProblemBadge prefixes={prefixes} />
      </summary>
      {mounted ? children : null}
    </details>
  );
}

function Count({ path }: { path: readonly PathSegment[] }): React.JSX.Element | null {
  const length = useLengthAt(path);
  return length > 0 ? <span className="tf-count">({length})</span> : null;
}
