// The hostile inputs of docs/robustness.md, built on demand (some are 10 MB). Shared by the property
// tests and scripts/hostile-timings.ts, which prints how long each takes.

export interface HostileText {
  readonly name: string;
  readonly text: string;
}

/** Bytes -> text as a browser's UTF-8 decoder would (invalid bytes become U+FFFD); passed in because
 *  the domain compiles without DOM or Node types. */
export type Utf8Decoder = (bytes: Uint8Array) => string;

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

function bigTaskDefinition(): string {
  const env = Array.from({ length: 3000 }, (_, i) => ({
    name: `NAME_${i}`,
    value: `value-${i}`.padEnd(20, 'x'),
  }));
  const doc = {
    family: 'big',
    containerDefinitions: Array.from({ length: 36 }, (_, c) => ({
      name: `c${c}`,
      image: 'nginx',
      environment: env,
    })),
  };
  return JSON.stringify(doc, null, 2);
}

function aliasBomb(kind: 'lists' | 'maps' | 'wide'): string {
  const lines = ['family: f', 'containerDefinitions: []'];
  if (kind === 'lists') {
    lines.push('l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]');
    for (let i = 1; i <= 9; i++)
      lines.push(
        `l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
  } else if (kind === 'maps') {
    lines.push('m0: &m0 {k: lol}');
    for (let i = 1; i <= 25; i++) lines.push(`m${i}: &m${i} {a: *m${i - 1}, b: *m${i - 1}}`);
  } else {
    lines.push('w0: &w0 [lol, lol]');
    for (let i = 1; i <= 30; i++) lines.push(`w${i}: &w${i} [*w${i - 1}, *w${i - 1}]`);
  }
  return lines.join('\n');
}

export function HOSTILE_TEXTS(decode: Utf8Decoder): HostileText[] {
  const manyKeys: Record<string, number> = {};
  for (let i = 0; i < 100_000; i++) manyKeys[`k${i}`] = i;
  return [
    { name: '10 MB task definition', text: bigTaskDefinition() },
    { name: '10 MB of text', text: 'lorem ipsum '.repeat(875_000) },
    {
      name: '10 MB of JSON with duplicate keys and a trailing comma',
      text: `{${'"a": 1,'.repeat(1_300_000)}}`,
    },
    { name: '10,000 nested arrays', text: '['.repeat(10_000) + ']'.repeat(10_000) },
    { name: '10,000 nested objects', text: '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000) },
    { name: '10,000 nested YAML lists', text: '- '.repeat(10_000) + 'x' },
    {
      name: '100,000-character key',
      text: JSON.stringify({ family: 'f', containerDefinitions: [], ['k'.repeat(100_000)]: 'v' }),
    },
    { name: '100,000 keys', text: JSON.stringify({ family: 'f', containerDefinitions: [], ...manyKeys }) },
    {
      name: 'numbers beyond 2^53',
      text:
        '{"family":"f","cpu":9007199254740993,"containerDefinitions":[{"name":"a","memory":9007199254740993,' +
        '"environment":[{"name":"ID","value":123456789012345678901}]}]}',
    },
    { name: 'number beyond the double range', text: '{"family":"f","containerDefinitions":[],"x":1e400}' },
    {
      name: 'invalid UTF-8 in a string',
      text: decode(
        new Uint8Array([
          ...ascii('{"family":"'),
          0xff,
          0xfe,
          0xc3,
          0x28,
          ...ascii('x","containerDefinitions":[]}'),
        ]),
      ),
    },
    { name: 'invalid UTF-8 only', text: decode(new Uint8Array([0xff, 0xfe, 0xfd, 0x80, 0xc3])) },
    { name: 'empty', text: '' },
    { name: 'whitespace only', text: ' \n\t\r\n \u00a0\u2003' },
    { name: 'binary (NUL bytes)', text: '{"\u0000\u0001\u0002\u00ff\uffff' },
    { name: 'YAML alias bomb (lists)', text: aliasBomb('lists') },
    { name: 'YAML alias bomb (maps)', text: aliasBomb('maps') },
    { name: 'YAML alias bomb (2^30)', text: aliasBomb('wide') },
    {
      name: 'YAML anchors',
      text: 'family: f\nbase: &b {name: a, image: nginx}\ncontainerDefinitions:\n  - *b\n  - {name: b, image: nginx}\n',
    },
    { name: 'YAML indented with tabs', text: 'family: f\ncontainerDefinitions:\n\t- name: a\n' },
    { name: 'YAML with tabs in values', text: 'family: "a\\tb"\ncontainerDefinitions:\t[]\n' },
  ];
}
