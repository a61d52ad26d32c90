export { TemplatesControl, type TemplatesControlProps } from './templates-control.tsx';
export { fetchTemplate, fetchTemplateIndex, TemplateIndexSchema, type TemplateEntry } from './catalog.ts';
