// RULES.md 2 [REG]: the whole task definition is at most 65,536 bytes (64 KiB).
// Source: Q22 ("Task definition size: 64"); FIXTURES F03; I:awsdocs/amazon-ecs-developer-guide#149.
// Measured as the UTF-8 length of the compact JSON, which is what an SDK sends.
import type { JsonValue } from '../../json.ts';
import type { Rule } from '../rule.ts';

export const MAX_TASK_DEFINITION_BYTES = 65536;

/** UTF-8 byte length without TextEncoder (the domain compiles without DOM or Node types). */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export function documentBytes(doc: JsonValue): number {
  return utf8Length(JSON.stringify(doc));
}

export const taskSizeRule: Rule = {
  id: 'task-size',
  check(doc) {
    const bytes = documentBytes(doc);
    if (bytes <= MAX_TASK_DEFINITION_BYTES) return [];
    return [
      {
        path: '',
        severity: 'error',
        code: 'task-size',
        message:
          `Actual length: '${bytes}'. Max allowed length is '${MAX_TASK_DEFINITION_BYTES}' bytes. ` +
          'The task definition exceeds 64 KiB; move large environment blocks into environmentFiles (S3) or secrets.',
      },
    ];
  },
};
