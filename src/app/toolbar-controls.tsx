// The toolbar's dialogs load after the form is usable (see lazy-control.tsx): their code (the import
// readers with the yaml package, react-hook-form, the error lookup tables, the export formats, the
// share link encoder, the template gallery's query cache) is not needed to edit a task definition.
// The share button is imported from its own file: the feature's index also holds the shared-link
// reader, which the page needs at once.
import { lazyControl } from './lazy-control.tsx';

export const LazyImportControl = lazyControl({
  name: 'Import',
  buttons: [{ label: 'Import' }],
  takesDrops: true,
  load: () => import('../features/import/index.ts').then((m) => m.ImportControl),
});

export const LazyTemplatesControl = lazyControl({
  name: 'New from template',
  buttons: [{ label: 'New from template' }],
  load: () => import('./templates-mount.tsx').then((m) => m.TemplatesMount),
});

export const LazyPasteErrorControl = lazyControl({
  name: 'Paste your error',
  buttons: [{ label: 'Paste your error' }],
  load: () => import('../features/paste-error/index.ts').then((m) => m.PasteErrorControl),
});

export const LazyExportButton = lazyControl({
  name: 'Export',
  buttons: [{ label: 'Export', popup: true }],
  load: () => import('../features/export-panel/index.ts').then((m) => m.ExportButton),
});

export const LazyShareButton = lazyControl({
  name: 'Share link',
  buttons: [{ label: 'Share link', popup: true }],
  load: () => import('../features/share/share-button.tsx').then((m) => m.ShareButton),
});
