// RULES.md 48 [REG]: `image` is required and non-empty (F16); at most 255 characters (for a digest
// reference, the part before `@`); a digest is `sha256:` and 64 hex characters.
// Source: M:ContainerDefinition.image; I:aws/aws-cli#5924. The model does not mark image required,
// so the schema cannot report a missing one.
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { containers, type Rule } from '../rule.ts';
import { problem } from './util.ts';

const DIGEST = /^sha256:[0-9a-f]{64}$/i;

export const containerImageRule: Rule = {
  id: 'container-image',
  check(doc) {
    const out: Problem[] = [];
    for (const c of containers(doc)) {
      const image = own(c.container, 'image');
      const path = `${c.path}.image`;
      if (image === undefined || image === null || (typeof image === 'string' && image.trim() === '')) {
        out.push(
          problem(
            path,
            'error',
            'container-image-missing',
            'Container.image should not be null or empty. Set the image, e.g. "public.ecr.aws/nginx/nginx:1.27" or "<account>.dkr.ecr.<region>.amazonaws.com/<repo>:<tag>".',
          ),
        );
        continue;
      }
      if (typeof image !== 'string') continue; // the schema reports the type
      const at = image.indexOf('@');
      const name = at === -1 ? image : image.slice(0, at);
      if (name.length > 255) {
        out.push(
          problem(
            path,
            'error',
            'container-image-too-long',
            `The image reference is ${name.length} characters long${at === -1 ? '' : ' before the @ digest'}; ECS allows at most 255. Use a shorter repository name or tag.`,
          ),
        );
      }
      if (at !== -1 && !DIGEST.test(image.slice(at + 1))) {
        out.push(
          problem(
            path,
            'error',
            'container-image-digest',
            `The digest "${image.slice(at + 1)}" is not valid: after @ ECS expects "sha256:" followed by 64 hex characters. Copy the digest from the registry, or use a tag instead.`,
          ),
        );
      }
    }
    return out;
  },
};
