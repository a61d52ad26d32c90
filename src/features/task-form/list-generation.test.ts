import { expect, it } from 'vitest';
import { replacedWholesale } from './list-generation.ts';

const a = { name: 'a' };
const b = { name: 'b' };

it('a list of other items and another length is replaced as a whole', () => {
  expect(replacedWholesale([a], [{ name: 'a' }, { name: 'c' }])).toBe(true);
  expect(replacedWholesale([a, b], [])).toBe(true);
});

it('an edit keeps some items (add, remove, duplicate) or the length (an item changed)', () => {
  expect(replacedWholesale([a], [a, { name: 'new' }])).toBe(false);
  expect(replacedWholesale([a, b], [b])).toBe(false);
  expect(replacedWholesale([a], [{ name: 'a2' }])).toBe(false);
  expect(replacedWholesale(undefined, [a])).toBe(false);
  expect(replacedWholesale([a], 'text')).toBe(false);
});
