// RULES.md 6 [SDK] and 7 [REG-doc]: tag keys are unique, `key` is treated as required, and neither a
// key nor a value may start with "aws:" in any letter case (AWS reserves the prefix).
// Source: M:Tags, M:Tag doc; I:awsdocs/amazon-ecs-developer-guide#72. Count, length and pattern limits
// are in the model and reported by the schema problems in botocore's wording.
import { isJsonObject, own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { arr, str, type Rule } from '../rule.ts';
import { setFix } from './util.ts';

const AWS_PREFIX = /^aws:/i;

export const tagsRule: Rule = {
  id: 'tags',
  check(doc) {
    const out: Problem[] = [];
    const seen = new Set<string>();
    arr(own(doc, 'tags')).forEach((tag, i) => {
      if (!isJsonObject(tag)) return;
      const path = `tags[${i}]`;
      const remove = setFix('Remove this tag', path, undefined);
      const key = str(own(tag, 'key'));
      const value = str(own(tag, 'value'));
      if (own(tag, 'key') === undefined) {
        out.push({
          path,
          severity: 'error',
          code: 'tag-key-missing',
          message: `${path} has no key. Every tag needs a key (1–128 characters); add one or remove the tag.`,
          fix: remove,
        });
      }
      if ((key !== undefined && AWS_PREFIX.test(key)) || (value !== undefined && AWS_PREFIX.test(value))) {
        const where = key !== undefined && AWS_PREFIX.test(key) ? 'key' : 'value';
        out.push({
          path: `${path}.${where}`,
          severity: 'error',
          code: 'tag-aws-prefix',
          message: `Tag ${where}s must not start with "aws:" (in any letter case): AWS reserves that prefix. Rename the tag or remove it.`,
          fix: remove,
        });
      }
      if (key !== undefined) {
        if (seen.has(key))
          out.push({
            path: `${path}.key`,
            severity: 'error',
            code: 'tag-duplicate-key',
            message: `Tag key "${key}" appears more than once; tag keys must be unique. Remove the duplicate.`,
            fix: remove,
          });
        seen.add(key);
      }
    });
    return out;
  },
};
