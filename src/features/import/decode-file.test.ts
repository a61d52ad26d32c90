import { describe, expect, it } from 'vitest';
import { decodeFile } from './decode-file.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeFile', () => {
  it('reads UTF-8 text as it is', () => {
    expect(decodeFile('a.json', enc('{"family": "wéb"}'))).toEqual({ ok: true, text: '{"family": "wéb"}' });
  });

  it('says an empty file is empty', () => {
    const out = decodeFile('a.json', new Uint8Array());
    expect(out).toEqual({ ok: false, message: expect.stringContaining('a.json is empty') as string });
  });

  it('refuses a file over 1 MB without decoding it', () => {
    const out = decodeFile('big.json', new Uint8Array(1_048_577).fill(0x20));
    expect(out.ok ? '' : out.message).toMatch(/big.json is 1.0 MB: too large/);
    expect(decodeFile('ok.json', new Uint8Array(1_048_576).fill(0x20)).ok).toBe(true);
  });

  it('refuses a binary file', () => {
    const out = decodeFile(
      'x.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    expect(out.ok).toBe(false);
    expect(out.ok ? '' : out.message).toMatch(/binary/);
  });

  it('decodes invalid UTF-8 with replacement and reports how many', () => {
    const bytes = new Uint8Array([...enc('{"family": "a'), 0xff, 0xfe, ...enc('"}')]);
    const out = decodeFile('bad.json', bytes);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.text).toBe('{"family": "a\uFFFD\uFFFD"}');
    expect(out.warning).toMatch(/not valid UTF-8: 2 sequences were replaced/);
  });
});
