// RULES.md 1 [REG]: `family` is required, 1–255 characters from [A-Za-z0-9_-].
// Source: M:RegisterTaskDefinitionRequest.family; FIXTURES F01 ("Family contains invalid
// characters."), F02 ("Family can not be blank."); I:aws/amazon-ecs-cli#542.
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { containers, type Rule } from '../rule.ts';
import { placeholderAdvice, templatePlaceholders } from '../template-placeholder.ts';
import { setFix } from './util.ts';

const VALID = /^[A-Za-z0-9_-]+$/;

function sanitize(value: string): string {
  return value
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 255);
}

export const familyRule: Rule = {
  id: 'family',
  check(doc) {
    const family = own(doc, 'family');
    const out: Problem[] = [];
    if (family === undefined || (typeof family === 'string' && family.trim() === '')) {
      // Offer the first container's name: the usual convention, and already a valid family.
      const first = containers(doc)[0]?.name;
      out.push({
        path: 'family',
        severity: 'error',
        code: 'family-missing',
        message:
          'Family can not be blank. Set family to the name shared by every revision of this task definition (letters, digits, - and _).',
        ...(first !== undefined && VALID.test(first) && first.length <= 255
          ? { fix: setFix(`Set family to "${first}"`, 'family', first) }
          : {}),
      });
      return out;
    }
    if (typeof family !== 'string') return out; // the schema reports the type
    if (!VALID.test(family)) {
      const placeholders = templatePlaceholders(family);
      // A placeholder is rendered, not renamed: no fix (see template-placeholder.ts).
      const clean = placeholders.length > 0 ? '' : sanitize(family);
      out.push({
        path: 'family',
        severity: 'error',
        code: 'family-invalid',
        message:
          placeholders.length > 0
            ? `Family contains invalid characters.${placeholderAdvice(placeholders)}`
            : 'Family contains invalid characters. Use only letters, digits, hyphens and underscores' +
              (clean !== '' ? `, e.g. "${clean}".` : '.'),
        ...(clean !== '' ? { fix: setFix(`Set family to "${clean}"`, 'family', clean) } : {}),
      });
    } else if (family.length > 255) {
      out.push({
        path: 'family',
        severity: 'error',
        code: 'family-too-long',
        message: `family is ${family.length} characters long; ECS allows at most 255. Shorten it.`,
        fix: setFix('Shorten family to 255 characters', 'family', family.slice(0, 255)),
      });
    }
    return out;
  },
};
