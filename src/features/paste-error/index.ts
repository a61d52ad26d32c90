export { PasteErrorControl, type PasteErrorControlProps } from './paste-error-control.tsx';
export { applyRowFix, errorRows, type ErrorRow } from './matches.ts';
