// The template gallery's data: public/templates/index.json and the template files next to it, fetched
// from the page's own origin only. The index is checked with zod; a file name cannot leave the folder.
import { z } from 'zod';
import { isJsonObject, type JsonObject } from '../../domain/index.ts';

export const TemplateEntrySchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  description: z.string(),
  file: z.string().regex(/^[\w-]+(\.[\w-]+)*\.json$/, 'a file name in public/templates'),
});
export type TemplateEntry = z.infer<typeof TemplateEntrySchema>;
export const TemplateIndexSchema = z.array(TemplateEntrySchema);

const base = (): string => `${import.meta.env.BASE_URL}templates/`;

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`${url} answered ${res.status} ${res.statusText}`.trim());
  return res.json();
}

export async function fetchTemplateIndex(): Promise<TemplateEntry[]> {
  const parsed = TemplateIndexSchema.safeParse(await getJson(`${base()}index.json`));
  if (!parsed.success) throw new Error('The template list is not in the expected shape.');
  return parsed.data;
}

export async function fetchTemplate(entry: TemplateEntry): Promise<JsonObject> {
  const value = await getJson(`${base()}${entry.file}`);
  if (!isJsonObject(value)) throw new Error(`${entry.file} is not a task definition (a JSON object).`);
  return value;
}
