// Small documents the error-lookup tests share.
import type { JsonObject } from '../json.ts';

export const ROLE = 'arn:aws:iam::123456789012:role/exec';
export const ECR = '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1';

export function fargate(over: JsonObject = {}, containerDefinitions?: JsonObject[]): JsonObject {
  return {
    family: 'web',
    executionRoleArn: ROLE,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: containerDefinitions ?? [{ name: 'app', image: 'nginx', essential: true }],
    ...over,
  };
}
export function ec2(containerDefinitions: JsonObject[], over: JsonObject = {}): JsonObject {
  return { family: 'web', containerDefinitions, ...over };
}
export const c = (name: string, extra: JsonObject = {}): JsonObject => ({
  name,
  image: 'nginx',
  memory: 128,
  ...extra,
});
