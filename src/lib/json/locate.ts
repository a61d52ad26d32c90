// AWS-CLI path -> the range of text a marker, a selection or a reveal should cover.
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { parsePath, type PathSegment } from '../../domain/index.ts';
import { tooDeepAt } from './parse-text.ts';

export interface TextRange {
  readonly offset: number;
  readonly length: number;
}

/**
 * What to point at when the path exists: its `value` (the default), or the `key` that names it, for a
 * finding about the member itself rather than its value (a key the model does not know). An item of a
 * list has no key: its value stands in.
 */
export type RangeTarget = 'value' | 'key';

export type Locator = (path: string | readonly PathSegment[], target?: RangeTarget) => TextRange | undefined;

/**
 * The value at the path (or with target `key`, the key that names it); for an object or array the key
 * (a squiggle under a whole block helps nobody). A path that does not exist yet (a missing required field) falls back to the key of its
 * nearest existing ancestor, or the first character of the document.
 */
export function rangeForPath(
  text: string,
  path: string | readonly PathSegment[],
  target: RangeTarget = 'value',
): TextRange | undefined {
  return createLocator(text)(path, target);
}

/** Parses the text once, for many look-ups (one per problem when markers are set). */
export function createLocator(text: string): Locator {
  // parseTree recurses once per level: text nested too deeply has no places to point at.
  const root = tooDeepAt(text) === undefined ? parseTree(text, [], { disallowComments: true }) : undefined;
  return (path, target = 'value') => (root ? locate(root, text, path, target) : undefined);
}

function locate(
  root: Node,
  text: string,
  path: string | readonly PathSegment[],
  target: RangeTarget,
): TextRange {
  const segments = typeof path === 'string' ? parsePath(path) : [...path];
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, segments.slice(0, n));
    if (!node) continue;
    const exact = n === segments.length;
    if (node.type !== 'object' && node.type !== 'array') {
      const keyed = !exact || (target === 'key' && node.parent?.type === 'property');
      return keyed ? keyOf(node) : { offset: node.offset, length: node.length };
    }
    return keyOf(node);
  }
  return { offset: 0, length: Math.min(1, text.length) };
}

function keyOf(node: Node): TextRange {
  const parent = node.parent;
  const key = parent?.type === 'property' ? parent.children?.[0] : undefined;
  if (key) return { offset: key.offset, length: key.length };
  return { offset: node.offset, length: 1 };
}
