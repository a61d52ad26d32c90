import { describe, expect, it } from 'vitest';
import { tagsRule } from './tags.ts';
import { app, applyFix, codes, ec2, one } from './testing.ts';

describe('tags (RULES.md 6-7)', () => {
  it('accepts unique, non-reserved tags', () => {
    expect(codes(tagsRule, ec2([app()], { tags: [{ key: 'env', value: 'prod' }, { key: 'team' }] }))).toEqual(
      [],
    );
  });

  it('reports duplicate keys and removes the later one', () => {
    const doc = ec2([app()], {
      tags: [
        { key: 'env', value: 'a' },
        { key: 'env', value: 'b' },
      ],
    });
    const p = one(tagsRule, doc, 'tag-duplicate-key');
    expect(p.path).toBe('tags[1].key');
    expect(applyFix(p, doc).tags).toEqual([{ key: 'env', value: 'a' }]);
  });

  it('reports the aws: prefix in any case, on keys and values', () => {
    expect(codes(tagsRule, ec2([app()], { tags: [{ key: 'AWS:owner', value: 'x' }] }))).toEqual([
      'tag-aws-prefix',
    ]);
    expect(one(tagsRule, ec2([app()], { tags: [{ key: 'k', value: 'aws:x' }] }), 'tag-aws-prefix').path).toBe(
      'tags[0].value',
    );
  });

  it('reports a tag without a key', () => {
    expect(codes(tagsRule, ec2([app()], { tags: [{ value: 'x' }] }))).toEqual(['tag-key-missing']);
  });
});
