// AWS-CLI path -> the range of text a marker, a selection or a reveal should cover.
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { parsePath, type PathSegment } from '../../domain/index.ts';
import { tooDeepAt } from './parse-text.ts';

export interface TextRange {
  readonly offset: number;
  readonly length: number;
}

/**
 * The value at the path; for an object or array the key that names it (a squiggle under a whole block
 * helps nobody). A path that does not exist yet (a missing required field) falls back to the key of its
 * nearest existing ancestor, or the first character of the document.
 */
export function rangeForPath(text: string, path: string | readonly PathSegment[]): TextRange | undefined {
  return createLocator(text)(path);
}

/** Parses the text once, for many look-ups (one per problem when markers are set). */
export function createLocator(
  text: string,
): (path: string | readonly PathSegment[]) => TextRange | undefined {
  // parseTree recurses once per level: text nested too deeply has no places to point at.
  const root = tooDeepAt(text) === undefined ? parseTree(text, [], { disallowComments: true }) : undefined;
  return (path) => (root ? locate(root, text, path) : undefined);
}

function locate(root: Node, text: string, path: string | readonly PathSegment[]): TextRange {
  const segments = typeof path === 'string' ? parsePath(path) : [...path];
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, segments.slice(0, n));
    if (!node) continue;
    const exact = n === segments.length;
    if (node.type !== 'object' && node.type !== 'array') {
      return exact ? { offset: node.offset, length: node.length } : keyOf(node);
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
