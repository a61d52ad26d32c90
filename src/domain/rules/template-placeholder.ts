// Template placeholders in a name: `{{Ref ServiceName}}` (a CloudFormation intrinsic kept by the
// import), `<APP_NAME>`, `${name}`, `$NAME`, ... A name made of [A-Za-z0-9_-] cannot hold one, so ECS
// rejects it, but the cure is to render the template, not to rename: a "cleaned" `Ref-ServiceName`
// would register under a name nobody chose, and the placeholder would be gone from the document.
import { placeholdersIn } from '../import/placeholders.ts';

const SHELL_VARIABLE = /^\$[A-Za-z_][A-Za-z0-9_]*$/;

/** The placeholders in `value` (a whole-value `$VAR` included); empty when there is none. */
export function templatePlaceholders(value: string): string[] {
  const found = placeholdersIn(value);
  if (found.length > 0) return found;
  return SHELL_VARIABLE.test(value.trim()) ? [value.trim()] : [];
}

/** The sentence a name rule adds when its value holds placeholders. */
export function placeholderAdvice(found: readonly string[]): string {
  const list = found.map((p) => `"${p}"`).join(', ');
  return ` It holds the template placeholder ${list}: replace it with the real name (render the template) before registering.`;
}
