export type {
  AppliedFix,
  ImportBase,
  ImportFix,
  ImportResult,
  ImportSuccess,
  InputKind,
  ReadError,
} from './types.ts';
export { applyImportFixes, isOptionalFix, optionalFixIds } from './fix-choice.ts';
export { importText, importValue } from './import.ts';
export { normalizeDocument, READ_ONLY_MEMBERS } from './normalize.ts';
export { FIX_CODES, type FixCode } from './fix-codes.ts';
