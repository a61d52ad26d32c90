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
export { importTextWith, importValue, type YamlReader } from './import.ts';
export { importText } from './import-text.ts';
export { importTextAsync } from './import-text-async.ts';
export { normalizeDocument, READ_ONLY_MEMBERS } from './normalize.ts';
export { FIX_CODES, type FixCode } from './fix-codes.ts';
