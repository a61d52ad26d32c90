// importText: text in, task definition out, JSON and YAML read at once (the CLI, tests). A page that
// should fetch the yaml package only for YAML text uses importTextAsync (import-text-async.ts).
import { importTextWith } from './import.ts';
import { readYaml } from './read-yaml.ts';
import type { ImportResult } from './types.ts';

export function importText(text: string): ImportResult {
  return importTextWith(text, readYaml);
}
