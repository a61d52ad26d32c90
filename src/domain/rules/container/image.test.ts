import { describe, expect, it } from 'vitest';
import { containerImageRule as rule } from './image.ts';
import { codes, task } from './testing.ts';

describe('container image (RULES.md 48)', () => {
  it('passes tags and sha256 digests', () => {
    const digest = `nginx@sha256:${'a'.repeat(64)}`;
    expect(
      codes(
        rule,
        task([
          { name: 'a', image: 'nginx:1.27' },
          { name: 'b', image: digest },
        ]),
      ),
    ).toEqual([]);
  });

  it('reports a missing or blank image (F16)', () => {
    const doc = { family: 'f', containerDefinitions: [{ name: 'a' }, { name: 'b', image: ' ' }] };
    expect(codes(rule, doc)).toEqual(['container-image-missing', 'container-image-missing']);
    expect(rule.check(doc)[0]!.message).toContain('Container.image should not be null or empty.');
  });

  it('reports more than 255 characters before the digest', () => {
    expect(codes(rule, task([{ name: 'a', image: `r/${'x'.repeat(260)}` }]))).toEqual([
      'container-image-too-long',
    ]);
    expect(codes(rule, task([{ name: 'a', image: `${'x'.repeat(200)}@sha256:${'b'.repeat(64)}` }]))).toEqual(
      [],
    );
  });

  it('reports a malformed digest', () => {
    expect(codes(rule, task([{ name: 'a', image: 'nginx@sha256:abc' }]))).toEqual(['container-image-digest']);
  });
});
