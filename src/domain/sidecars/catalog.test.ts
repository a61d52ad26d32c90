import { describe, expect, it } from 'vitest';
import { SIDECAR_CATALOG, SIDECAR_KINDS, imageRepository } from './catalog.ts';

describe('SIDECAR_CATALOG', () => {
  it('offers the collector first, and names the daemon retirement dates', () => {
    expect(SIDECAR_KINDS[0]).toBe('adot');
    expect(SIDECAR_CATALOG.xray.status).toMatch(/2026-02-25.*2027-02-25/);
  });

  it('gives the X-Ray policy the five actions of AWSXRayDaemonWriteAccess on every resource', () => {
    expect(SIDECAR_CATALOG.xray.taskRolePolicy).toEqual({
      name: 'AWSXRayDaemonWriteAccess',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: [
              'xray:PutTraceSegments',
              'xray:PutTelemetryRecords',
              'xray:GetSamplingRules',
              'xray:GetSamplingTargets',
              'xray:GetSamplingStatisticSummaries',
            ],
            Resource: '*',
          },
        ],
      },
    });
  });

  it('lists the ECR Public image first and the Docker Hub mirror second', () => {
    expect(SIDECAR_CATALOG.xray.images.map(imageRepository)).toEqual([
      'public.ecr.aws/xray/aws-xray-daemon',
      'amazon/aws-xray-daemon',
    ]);
    expect(SIDECAR_CATALOG.adot.images.map(imageRepository)).toEqual([
      'public.ecr.aws/aws-observability/aws-otel-collector',
      'amazon/aws-otel-collector',
    ]);
  });

  it('strips tags and digests but not registry ports', () => {
    expect(imageRepository('localhost:5000/xray:3.x')).toBe('localhost:5000/xray');
    expect(imageRepository('amazon/aws-xray-daemon@sha256:abc')).toBe('amazon/aws-xray-daemon');
    expect(imageRepository('localhost:5000/xray')).toBe('localhost:5000/xray');
  });
});
