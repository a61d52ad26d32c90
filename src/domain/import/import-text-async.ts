// importText's result, but the YAML reader, and with it the yaml package (about 94 KB minified), is
// imported only when the text is YAML: a page that reads JSON never fetches it. This module must not
// import read-yaml.ts statically (nor import-text.ts, which does), or the bundler keeps them together.
import { importTextWith, type YamlReader } from './import.ts';
import type { ImportResult } from './types.ts';

export async function importTextAsync(text: string): Promise<ImportResult> {
  let isYaml = false;
  const probe: YamlReader = () => {
    isYaml = true;
    return { ok: false, error: { message: 'The YAML reader is not loaded.', line: 1, column: 1 } };
  };
  const result = importTextWith(text, probe);
  if (!isYaml) return result;
  const lazy = await import('./read-yaml.ts');
  return importTextWith(text, lazy.readYaml);
}
