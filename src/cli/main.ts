import { writeFileSync } from 'node:fs';
import { taskDefinitionJsonSchema } from '../domain/index.ts';

const [command, ...rest] = process.argv.slice(2);
if (command === 'schema') {
  const text = JSON.stringify(taskDefinitionJsonSchema(), null, 2) + '\n';
  const out = rest.indexOf('--out');
  if (out >= 0 && rest[out + 1]) writeFileSync(rest[out + 1] as string, text);
  else process.stdout.write(text);
} else {
  process.stderr.write('usage: taskdef <check|fix|schema|sidecar> ...\n');
  process.exit(2);
}
