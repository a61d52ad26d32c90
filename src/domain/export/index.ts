export { exportDocument, exportJson } from './export-document.ts';
