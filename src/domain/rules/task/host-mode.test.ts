import { describe, expect, it } from 'vitest';
import { hostModeRule } from './host-mode.ts';
import { app, codes, ec2 } from './testing.ts';

describe('host-mode (RULES.md 45)', () => {
  it('is silent outside host mode and without ports', () => {
    expect(codes(hostModeRule, ec2([app({ user: 'root', portMappings: [{ containerPort: 80 }] })]))).toEqual(
      [],
    );
    expect(codes(hostModeRule, ec2([app()], { networkMode: 'host' }))).toEqual([]);
  });

  it('notes one task per instance and warns about root', () => {
    const doc = ec2([app({ user: '0:0', portMappings: [{ containerPort: 80 }] })], { networkMode: 'host' });
    expect(codes(hostModeRule, doc)).toEqual(['host-mode-one-task-per-instance', 'host-mode-root-user']);
  });
});
