// The zod model must cover every member and enum value of botocore's RegisterTaskDefinitionRequest.
// Reads the model installed on this machine (the same one the AWS CLI validates with).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadEcsModel, reachableShapes } from '../../../scripts/botocore-model.ts';
import * as model from './shapes.generated.ts';

const { shapes } = loadEcsModel();
const structures = reachableShapes(shapes).filter((n) => shapes[n]?.type === 'structure');
const schemas = model as unknown as Record<string, z.ZodType | undefined>;

/** Unwraps optional/meta wrappers down to the type that carries the shape or enum. */
function core(t: z.ZodType): z.ZodType {
  let cur = t;
  while (cur instanceof z.ZodOptional) cur = cur.unwrap() as z.ZodType;
  return cur;
}

describe('model coverage against botocore', () => {
  it('has a schema for every structure reachable from RegisterTaskDefinitionRequest', () => {
    expect(structures.length).toBeGreaterThan(30);
    for (const name of structures) expect(schemas[`${name}Schema`], name).toBeInstanceOf(z.ZodObject);
  });

  it('covers every member, its required flag, and every enum value', () => {
    let members = 0;
    let enumValues = 0;
    for (const name of structures) {
      const shape = shapes[name];
      const schema = schemas[`${name}Schema`] as z.ZodObject;
      const required = new Set(shape?.required ?? []);
      for (const [member, ref] of Object.entries(shape?.members ?? {})) {
        members++;
        const field = schema.shape[member] as z.ZodType | undefined;
        expect(field, `${name}.${member}`).toBeDefined();
        if (!field) continue;
        expect(field instanceof z.ZodOptional, `${name}.${member} optional`).toBe(!required.has(member));
        let target = shapes[ref.shape];
        let t = core(field);
        if (target?.type === 'list' && t instanceof z.ZodArray) {
          target = shapes[target.member?.shape ?? ''];
          t = core(t.element as z.ZodType);
        }
        if (target?.enum) {
          expect(t, `${name}.${member} enum`).toBeInstanceOf(z.ZodEnum);
          // Every botocore value; the model may add values from the newer reference snapshot (NeuronDevice).
          expect((t as z.ZodEnum).options, `${name}.${member}`).toEqual(expect.arrayContaining(target.enum));
          enumValues += target.enum.length;
        }
      }
    }
    // Figures for the record: the whole request surface.
    expect(members).toBeGreaterThan(150);
    expect(enumValues).toBeGreaterThan(50);
  });

  it("gives every member botocore's type, length and value limits, and pattern", () => {
    const jsonType: Record<string, string> = {
      string: 'string',
      integer: 'integer',
      long: 'integer',
      boolean: 'boolean',
      list: 'array',
      map: 'object',
      structure: 'object',
    };
    const mismatches: string[] = [];
    let limits = 0;
    for (const name of structures) {
      const schema = schemas[`${name}Schema`] as z.ZodObject;
      for (const [member, ref] of Object.entries(shapes[name]?.members ?? {})) {
        const target = shapes[ref.shape];
        const field = schema.shape[member] as z.ZodType | undefined;
        if (!target || !field) continue;
        const js = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
        const at = `${name}.${member}`;
        const want = jsonType[target.type] ?? target.type;
        if (js.type !== want) mismatches.push(`${at}: ${String(js.type)}, botocore ${want}`);
        const [minKey, maxKey] =
          target.type === 'string'
            ? ['minLength', 'maxLength']
            : target.type === 'list'
              ? ['minItems', 'maxItems']
              : ['minimum', 'maximum'];
        // A minimum of 0 on a length limits nothing.
        if (target.min !== undefined && target.min > 0 && js[minKey] !== target.min)
          mismatches.push(`${at}: ${minKey} ${String(js[minKey])}, botocore ${target.min}`);
        if (target.max !== undefined && js[maxKey] !== target.max)
          mismatches.push(`${at}: ${maxKey} ${String(js[maxKey])}, botocore ${target.max}`);
        if (target.pattern !== undefined && js.pattern === undefined)
          mismatches.push(`${at}: no pattern, botocore ${target.pattern}`);
        if (target.min !== undefined || target.max !== undefined || target.pattern !== undefined) limits++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(limits).toBeGreaterThan(0);
  });

  it('knows the newest members', () => {
    const c = model.ContainerDefinitionSchema.shape;
    expect(Object.keys(c)).toEqual(
      expect.arrayContaining(['restartPolicy', 'versionConsistency', 'credentialSpecs']),
    );
    expect(Object.keys(model.RegisterTaskDefinitionRequestSchema.shape)).toContain('enableFaultInjection');
    expect(Object.keys(model.VolumeSchema.shape)).toEqual(
      expect.arrayContaining(['configuredAtLaunch', 's3filesVolumeConfiguration']),
    );
  });
});
