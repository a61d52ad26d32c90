// Placeholder so check() can import the container rules (sections E–L) before they exist.
// Owned by the container-rules engineer from here on.
import type { Rule } from './rule.ts';

export const CONTAINER_RULES: readonly Rule[] = [];
