import { describe, expect, it } from 'vitest';
import { healthCheckCommandRule, healthCheckRangesRule, restartPolicyRule } from './health-restart.ts';
import { at, codes, fixed, only, task } from './testing.ts';

const hc = (healthCheck: object) => task([{ name: 'a', healthCheck: healthCheck as never }]);

describe('healthCheck.command (RULES.md 67)', () => {
  it('passes CMD and CMD-SHELL', () => {
    expect(
      codes(healthCheckCommandRule, hc({ command: ['CMD', 'curl', '-f', 'http://localhost/'] })),
    ).toEqual([]);
    expect(
      codes(healthCheckCommandRule, hc({ command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'] })),
    ).toEqual([]);
  });

  it('warns, without a fix, when the command lacks the prefix: ECS registers it (AWS ADOT examples)', () => {
    const doc = hc({ command: ['/healthcheck'] });
    const p = only(healthCheckCommandRule, doc, 'health-check-command-prefix');
    expect(p.severity).toBe('warning');
    expect(p.path).toBe('containerDefinitions[0].healthCheck.command[0]');
    expect(p.fix).toBeUndefined(); // CMD-SHELL would need a shell the collector image does not have
  });

  it('upper-cases a lower-case prefix', () => {
    const doc = hc({ command: ['cmd-shell', 'true'] });
    const p = only(healthCheckCommandRule, doc, 'health-check-command-prefix');
    expect(p.severity).toBe('warning');
    expect(at(fixed(p, doc), 'containerDefinitions', 0, 'healthCheck', 'command')).toEqual([
      'CMD-SHELL',
      'true',
    ]);
  });

  it('reports an empty command', () => {
    expect(codes(healthCheckCommandRule, hc({ command: [] }))).toEqual(['health-check-command-empty']);
    expect(codes(healthCheckCommandRule, hc({ command: ['CMD'] }))).toEqual(['health-check-command-empty']);
  });
});

describe('healthCheck ranges (RULES.md 68)', () => {
  it('passes the bounds', () => {
    expect(
      codes(
        healthCheckRangesRule,
        hc({ command: ['CMD', 'x'], interval: 5, timeout: 60, retries: 10, startPeriod: 0 }),
      ),
    ).toEqual([]);
  });

  it('reports each value out of range and clamps it', () => {
    const doc = hc({ command: ['CMD', 'x'], interval: 1, timeout: 61, retries: 0, startPeriod: 301 });
    const problems = healthCheckRangesRule.check(doc);
    expect(problems.map((p) => p.path)).toEqual([
      'containerDefinitions[0].healthCheck.interval',
      'containerDefinitions[0].healthCheck.timeout',
      'containerDefinitions[0].healthCheck.retries',
      'containerDefinitions[0].healthCheck.startPeriod',
    ]);
    expect(at(fixed(problems[0]!, doc), 'containerDefinitions', 0, 'healthCheck', 'interval')).toBe(5);
  });
});

describe('restartPolicy (RULES.md 70)', () => {
  it('passes a valid policy', () => {
    expect(
      codes(
        restartPolicyRule,
        task([{ name: 'a', restartPolicy: { enabled: true, restartAttemptPeriod: 60 } }]),
      ),
    ).toEqual([]);
  });

  it('reports the period and too many exit codes', () => {
    const doc = task([
      {
        name: 'a',
        restartPolicy: {
          enabled: true,
          restartAttemptPeriod: 30,
          ignoredExitCodes: Array.from({ length: 51 }, (_, i) => i),
        },
      },
    ]);
    expect(codes(restartPolicyRule, doc)).toEqual(['restart-policy-range', 'restart-policy-range']);
  });
});
