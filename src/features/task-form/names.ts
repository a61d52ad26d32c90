// Names other fields refer to (dependsOn, volumesFrom -> containers; mountPoints -> volumes).
import { useMemo } from 'react';
import { isJsonObject, own, type JsonObject } from '../../domain/index.ts';
import { useDocSelect } from './form-store.ts';
import type { Choice } from './inputs.tsx';

const SEP = '\u0000';

function namesOf(doc: JsonObject, key: string): string {
  const list = own(doc, key);
  if (!Array.isArray(list)) return '';
  return list
    .map((item) => (isJsonObject(item) ? own(item, 'name') : undefined))
    .filter((n): n is string => typeof n === 'string' && n !== '')
    .join(SEP);
}

/** The names in the document's list `key` as choices; re-renders only when a name changes. */
export function useNameChoices(key: 'containerDefinitions' | 'volumes'): readonly Choice[] {
  const joined = useDocSelect((doc) => namesOf(doc, key));
  return useMemo(
    () => (joined === '' ? [] : [...new Set(joined.split(SEP))].map((value) => ({ value, label: value }))),
    [joined],
  );
}
