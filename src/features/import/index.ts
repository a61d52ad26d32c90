export { ImportControl } from './import-control.tsx';
export { decodeFile, type DecodedFile } from './decode-file.ts';
export { previewImport, recognisedAs, withRepairs, type ImportPreview } from './preview.ts';
