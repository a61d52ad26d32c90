export { ExportButton } from './export-panel.tsx';
export {
  EXPORT_FORMATS,
  commandFor,
  fileNameFor,
  generate,
  type FormatId,
  type FormatOutput,
} from './formats.ts';
