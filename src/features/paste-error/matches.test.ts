import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../domain/index.ts';
import { applyRowFix, errorRows } from './matches.ts';

const awsvpc: JsonObject = {
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    { name: 'web', image: 'nginx', portMappings: [{ containerPort: 80, hostPort: 8080 }] },
  ],
};
const AWSVPC_MESSAGE =
  'When networkMode=awsvpc, the host ports and container ports in port mappings must match.';

describe('errorRows', () => {
  it('finds the host port and the fix that repairs it', () => {
    const rows = errorRows(AWSVPC_MESSAGE, awsvpc);
    const row = rows.find((r) => r.match.path === 'containerDefinitions[0].portMappings[0].hostPort');
    expect(row?.match.code).toBe('awsvpc-host-port');
    expect(row?.fixable).toBeDefined();
    const fixed = row?.fixable ? applyRowFix(awsvpc, row.fixable) : undefined;
    expect(JSON.stringify(fixed)).not.toContain('8080');
    expect(fixed ? errorRows(AWSVPC_MESSAGE, fixed).some((r) => r.fixable) : true).toBe(false);
  });

  it('locates an SDK type error on the environment value', () => {
    const doc: JsonObject = {
      family: 'web',
      containerDefinitions: [
        {
          name: 'web',
          image: 'nginx',
          memory: 512,
          environment: Array.from({ length: 9 }, (_, i) => ({ name: `V${i}`, value: i === 8 ? 8080 : 'x' })),
        },
      ],
    };
    const rows = errorRows(
      "Invalid type for parameter containerDefinitions[0].environment[8].value, value: 8080, type: <class 'int'>, valid types: <class 'str'>",
      doc,
    );
    expect(rows.map((r) => r.match.path)).toContain('containerDefinitions[0].environment[8].value');
  });

  it('returns nothing for a message it does not know', () => {
    expect(errorRows('The weather is nice today.', awsvpc)).toEqual([]);
  });
});
