// Advice (ANCHORS.md 2(d) 12: security lint as warnings, never blockers): an environment variable
// whose name says it holds a secret (DB_PASSWORD, GITHUB_TOKEN, STRIPE_API_KEY, JWT_SECRET) and whose
// value is written out. Environment values are plain text in the task definition: anyone allowed
// ecs:DescribeTaskDefinition, and the console, shows them (the API model marks the list `sensitive`,
// RULES.md 71, which only keeps it out of SDK logs). `secrets` takes the ARN of a Secrets Manager
// secret or an SSM parameter instead (RULES.md 74-75). No fix: the secret has to be stored first.
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { containers, str, type Rule } from '../rule.ts';
import { templatePlaceholders } from '../template-placeholder.ts';
import { label, problem } from './util.ts';

// The name ends with the word that names the secret: DB_PASSWORD, not PASSWORD_MIN_LENGTH or SECRET_ARN.
const SECRET_NAME =
  /(^|[_.-])(PASSWORD|PASSWD|PASSPHRASE|SECRET|CLIENT_SECRET|SECRET_KEY|SECRET_ACCESS_KEY|TOKEN|AUTH_TOKEN|ACCESS_TOKEN|API_?KEY|PRIVATE_?KEY)$/i;

/** Values that are not the secret itself: empty, a flag, a placeholder, a reference to where it is. */
function looksLikeSecretValue(value: string): boolean {
  const v = value.trim();
  if (v.length < 4) return false;
  if (/^(true|false|yes|no|none|null|changeme)$/i.test(v)) return false;
  if (/^arn:/.test(v) || /^(\/|file:|s3:\/\/|ssm:|secretsmanager:)/.test(v)) return false;
  return templatePlaceholders(v).length === 0;
}

export const plaintextSecretsRule: Rule = {
  id: 'environment-plaintext-secret',
  check(doc) {
    const out: Problem[] = [];
    for (const c of containers(doc)) {
      const env = own(c.container, 'environment');
      if (!Array.isArray(env)) continue;
      env.forEach((entry, i) => {
        if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return;
        const name = str(own(entry, 'name'));
        const value = str(own(entry, 'value'));
        if (name === undefined || value === undefined) return;
        if (!SECRET_NAME.test(name) || !looksLikeSecretValue(value)) return;
        out.push(
          problem(
            `${c.path}.environment[${i}].value`,
            'warning',
            'environment-plaintext-secret',
            `${name} in ${label(c)} looks like a secret written in plain text: anyone who can describe this task definition (or open it in the console) reads it. Store it in Secrets Manager or as an SSM SecureString parameter and list it under "secrets" with its ARN as valueFrom (the execution role needs access to it).`,
          ),
        );
      });
    }
    return out;
  },
};
