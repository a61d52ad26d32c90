import { describe, expect, it } from 'vitest';
import { containerFieldsRule as rule } from './container-fields.ts';
import { WINDOWS, codes, task } from './testing.ts';

describe('container field formats (RULES.md 50–53)', () => {
  it('passes valid values (dns fields with awsvpc too: the 2026 model allows them)', () => {
    const doc = task(
      [
        {
          name: 'a',
          dnsSearchDomains: ['corp.example.com'],
          dnsServers: ['10.0.0.2'],
          user: '1000:1000',
          credentialSpecs: ['credentialspecdomainless:arn:aws:ssm:us-east-1:123456789012:parameter/gmsa'],
          dockerSecurityOptions: ['no-new-privileges', 'label:type:svirt_apache_t'],
        },
        { name: 'b', user: '0' },
        { name: 'c', user: 'nginx:www-data' },
      ],
      { networkMode: 'awsvpc' },
    );
    expect(codes(rule, doc)).toEqual([]);
  });

  it('reports a bad search domain', () => {
    expect(codes(rule, task([{ name: 'a', dnsSearchDomains: ['bad_domain.'] }]))).toEqual([
      'dns-search-domain-invalid',
    ]);
  });

  it('reports a bad user form on Linux, not on Windows (the Windows rule reports user there)', () => {
    expect(codes(rule, task([{ name: 'a', user: 'a:b:c' }]))).toEqual(['user-invalid']);
    expect(codes(rule, task([{ name: 'a', user: '-1' }]))).toEqual(['user-invalid']);
    expect(codes(rule, task([{ name: 'a', user: 'a:b:c' }], WINDOWS))).toEqual([]);
  });

  it('reports more than one credential spec and a bad form', () => {
    const spec = 'credentialspec:arn:aws:s3:::bucket/spec.json';
    expect(codes(rule, task([{ name: 'a', credentialSpecs: [spec, spec] }]))).toEqual([
      'credential-specs-invalid',
    ]);
    expect(codes(rule, task([{ name: 'a', credentialSpecs: ['file://spec.json'] }]))).toEqual([
      'credential-specs-invalid',
    ]);
  });

  it('reports a security option ECS does not accept', () => {
    expect(codes(rule, task([{ name: 'a', dockerSecurityOptions: ['seccomp=unconfined'] }]))).toEqual([
      'docker-security-option-invalid',
    ]);
  });
});
