export { ExportButtons } from './export-buttons.tsx';
export type { ExportButtonsProps } from './export-buttons.tsx';
export { copyText, downloadText, fileNameFor } from './file-actions.ts';
