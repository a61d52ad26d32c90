// Property 7: strings with markup or template syntax stay the same strings, byte for byte, through
// import, export, every generator (CloudFormation JSON/YAML, Terraform, CDK) and the check messages.
// Nothing is HTML-escaped in the core: the UI renders these strings as text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../check.ts';
import { exportDocument, exportJson } from '../export/index.ts';
import { fromCdkProps } from '../formats/cfn-names.ts';
import { toCdk, toCloudFormation, toTerraform } from '../formats/index.ts';
import { readContainerDefinitions } from '../formats/hcl-reader.test-util.ts';
import { evaluate, parseSnippet } from '../formats/ts-reader.test-util.ts';
import { importText, importValue } from '../import/index.ts';
import { jsonEqual, type JsonObject } from '../json.ts';
import { MARKUP } from './arbitraries.test-util.ts';

const markup = fc.oneof(
  { arbitrary: fc.constantFrom(...MARKUP), weight: 3 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 12 }), weight: 2 },
  {
    arbitrary: fc
      .array(
        fc.constantFrom(
          '<',
          '>',
          '&',
          '"',
          "'",
          '`',
          '$',
          '{',
          '}',
          '%',
          '\\',
          '!',
          '*',
          '#',
          ':',
          '\n',
          'a',
        ),
        {
          minLength: 1,
          maxLength: 10,
        },
      )
      .map((cs) => cs.join('')),
    weight: 3,
  },
);

/** A register-ready-looking document with markup in names, values, labels and an unknown key. */
const marked = fc
  .tuple(markup, markup, markup, markup, markup, markup)
  .map(([family, name, image, value, label, extra]): JsonObject => ({
    family,
    containerDefinitions: [
      {
        name,
        image,
        essential: true,
        memory: 512,
        environment: [{ name: 'V', value }],
        dockerLabels: { [label]: value },
        command: ['sh', '-c', value],
      },
    ],
    [`x-${extra}`]: { note: extra },
  }));

describe('markup stays text (property 7)', () => {
  it('through import and export, byte for byte', () => {
    fc.assert(
      fc.property(marked, (d) => {
        const r = importValue(d);
        expect(r.ok && r.document).toEqual(d);
        const text = exportJson(d);
        const back = importText(text);
        expect(back.ok && back.document).toEqual(exportDocument(d));
        expect(JSON.parse(text)).toEqual(d);
      }),
      { numRuns: 300 },
    );
  });

  it('through CloudFormation (JSON and YAML), Terraform and CDK', () => {
    fc.assert(
      fc.property(marked, (d) => {
        const expected = exportDocument(d);
        for (const format of ['json', 'yaml'] as const) {
          const back = importText(toCloudFormation(d, { format }));
          expect(back.ok && jsonEqual(exportDocument(back.document), expected), format).toBe(true);
        }
        // The HCL reader refuses an unescaped ${ or %{, which Terraform would evaluate.
        expect(readContainerDefinitions(toTerraform(d))).toEqual(expected.containerDefinitions);
        const { errors, props } = parseSnippet(toCdk(d));
        expect(errors).toEqual([]);
        expect(props && fromCdkProps(evaluate(props) as JsonObject)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('a Terraform ${ or %{ in a value is written $${ or %%{, everywhere in the file', () => {
    const d: JsonObject = {
      family: 'web',
      containerDefinitions: [
        { name: 'app', image: 'nginx', environment: [{ name: 'A', value: '${var.x}' }] },
      ],
      tags: [{ key: 'k', value: '%{ if true }x%{ endif }' }],
    };
    const tf = toTerraform(d);
    expect(tf).toContain('"$${var.x}"');
    expect(tf).toContain('"%%{ if true }x%%{ endif }"');
    expect(tf.replace(/\$\$\{|%%\{/g, '')).not.toMatch(/\$\{|%\{/);
  });

  it('check messages quote container names as they are, unescaped', () => {
    fc.assert(
      // A blank name is reported as missing instead, without quoting it.
      fc.property(
        markup.filter((n) => n.trim() !== ''),
        (name) => {
          const doc: JsonObject = {
            family: 'f',
            containerDefinitions: [
              { name, image: 'nginx', essential: true, memory: 128 },
              {
                name,
                image: 'nginx',
                essential: true,
                memory: 128,
                dependsOn: [{ containerName: `${name}!`, condition: 'START' }],
              },
            ],
          };
          const messages = check(doc).map((p) => p.message);
          const unknown = messages.find((m) => m.includes('because it does not exist'));
          expect(unknown).toContain(`'${name}!'`);
          expect(messages.find((m) => m.includes('already named'))).toContain(`'${name}'`);
        },
      ),
      { numRuns: 200 },
    );
    const problems = check({
      family: 'f',
      containerDefinitions: [
        { name: '<img src=x onerror=alert(1)>', image: 'i', memory: 128 },
        { name: '<img src=x onerror=alert(1)>', image: 'i', memory: 128 },
      ],
    });
    const dup = problems.find((p) => p.code === 'container-name-duplicate');
    expect(dup?.message).toContain("'<img src=x onerror=alert(1)>'");
    expect(problems.some((p) => p.message.includes('&lt;'))).toBe(false);
  });
});
