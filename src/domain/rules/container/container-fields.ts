// Formats of single container fields (RULES.md 50–53).
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { arr, containers, isWindows, str, type Rule } from '../rule.ts';
import { problem } from './util.ts';

const DNS_DOMAIN = /^[a-zA-Z0-9-.]{0,253}[a-zA-Z0-9]$/;
const USER_PART = /^(\d+|[A-Za-z_][A-Za-z0-9_.-]*\$?)$/;
const CREDENTIAL_SPEC = /^(credentialspec|credentialspecdomainless):arn:aws[a-z-]*:(ssm|s3):.+$/;
const SECURITY_OPTION = /^(no-new-privileges(:(true|false))?|apparmor:.+|label:.+|credentialspec:.+)$/;

// RULES.md 50 [REG-doc]: each dnsSearchDomains item matches ^[a-zA-Z0-9-.]{0,253}[a-zA-Z0-9]$.
// The 2023 guide's "not with awsvpc" is not in the 2026 model, so awsvpc is not flagged.
// RULES.md 51 [REG-doc]: user is user, user:group, uid, uid:gid, user:gid or uid:group. The model
// says UID/GID are "positive", but "0" (root) is widely registered, so 0 is accepted.
// RULES.md 52 [REG-doc]: credentialSpecs holds at most one credentialspec:/credentialspecdomainless:
// ARN (SSM or S3). RULES.md 53 [REG-doc]: dockerSecurityOptions forms.
// Source: M:ContainerDefinition; DG23 task_definition_parameters.md.
export const containerFieldsRule: Rule = {
  id: 'container-fields',
  check(doc) {
    const out: Problem[] = [];
    const windows = isWindows(doc);
    for (const c of containers(doc)) {
      arr(own(c.container, 'dnsSearchDomains')).forEach((d, i) => {
        const domain = str(d);
        if (domain !== undefined && !DNS_DOMAIN.test(domain))
          out.push(
            problem(
              `${c.path}.dnsSearchDomains[${i}]`,
              'error',
              'dns-search-domain-invalid',
              `"${domain}" is not a valid DNS search domain (letters, digits, - and ., at most 254 characters, ending in a letter or digit).`,
            ),
          );
      });
      const user = str(own(c.container, 'user'));
      if (user !== undefined && !windows) {
        const parts = user.split(':');
        if (parts.length > 2 || !parts.every((p) => USER_PART.test(p)))
          out.push(
            problem(
              `${c.path}.user`,
              'error',
              'user-invalid',
              `"${user}" is not a valid user. Use user, user:group, uid, uid:gid, user:gid or uid:group.`,
            ),
          );
      }
      const specs = arr(own(c.container, 'credentialSpecs'));
      if (specs.length > 1)
        out.push(
          problem(
            `${c.path}.credentialSpecs`,
            'error',
            'credential-specs-invalid',
            `credentialSpecs holds at most one entry; it has ${specs.length}.`,
          ),
        );
      specs.forEach((s, i) => {
        const spec = str(s);
        if (spec !== undefined && !CREDENTIAL_SPEC.test(spec))
          out.push(
            problem(
              `${c.path}.credentialSpecs[${i}]`,
              'error',
              'credential-specs-invalid',
              `"${spec}" is not a credential spec. Use credentialspec:<SSM or S3 ARN> or credentialspecdomainless:<SSM or S3 ARN>.`,
            ),
          );
      });
      arr(own(c.container, 'dockerSecurityOptions')).forEach((o, i) => {
        const option = str(o);
        if (option !== undefined && !SECURITY_OPTION.test(option))
          out.push(
            problem(
              `${c.path}.dockerSecurityOptions[${i}]`,
              'error',
              'docker-security-option-invalid',
              `"${option}" is not a security option ECS accepts. Use no-new-privileges, apparmor:PROFILE, label:value or credentialspec:PATH.`,
            ),
          );
      });
    }
    return out;
  },
};
