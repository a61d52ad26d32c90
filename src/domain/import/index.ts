export type { AppliedFix, ImportResult, InputKind, ReadError } from './types.ts';
export { importText, importValue } from './import.ts';
export { normalizeDocument, READ_ONLY_MEMBERS } from './normalize.ts';
export { FIX_CODES, type FixCode } from './fix-codes.ts';
