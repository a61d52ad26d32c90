// Small task definitions for the sidecar tests, one per network mode and launch type. Each is clean
// under check() before any sidecar is added (asserted in check-clean.test.ts).
import type { JsonObject } from '../json.ts';

const awslogs = (group: string): JsonObject => ({
  logDriver: 'awslogs',
  options: { 'awslogs-group': group, 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'ecs' },
});

/** EC2, bridge, two app containers; one has variables and a link already. */
export function bridgeEc2(): JsonObject {
  return {
    family: 'shop',
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    taskRoleArn: 'arn:aws:iam::123456789012:role/shop-task',
    containerDefinitions: [
      {
        name: 'api',
        image: 'public.ecr.aws/docker/library/node:22',
        memory: 512,
        portMappings: [{ containerPort: 8080, hostPort: 0, protocol: 'tcp' }],
        environment: [{ name: 'NODE_ENV', value: 'production' }],
        links: ['cache'],
      },
      {
        name: 'cache',
        image: 'public.ecr.aws/docker/library/redis:7',
        memoryReservation: 128,
        essential: false,
      },
    ],
  };
}

/** EC2 Linux with networkMode omitted: bridge (RULES.md 27). */
export function defaultModeEc2(): JsonObject {
  return {
    family: 'worker',
    containerDefinitions: [
      { name: 'worker', image: 'public.ecr.aws/docker/library/python:3.13', memory: 256 },
    ],
  };
}

/** Fargate, awsvpc, awslogs, roomy size. */
export function awsvpcFargate(cpu = '1024', memory = '2048'): JsonObject {
  return {
    family: 'checkout',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu,
    memory,
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    taskRoleArn: 'arn:aws:iam::123456789012:role/checkout-task',
    containerDefinitions: [
      {
        name: 'checkout',
        image: 'public.ecr.aws/docker/library/golang:1.25',
        cpu: 256,
        memoryReservation: 256,
        essential: true,
        portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
        environment: [{ name: 'PORT', value: '8080' }],
        logConfiguration: awslogs('/ecs/checkout'),
      },
    ],
  };
}

/** EC2, host networking, task-level size set. */
export function hostEc2(): JsonObject {
  return {
    family: 'edge',
    networkMode: 'host',
    requiresCompatibilities: ['EC2'],
    cpu: '1024',
    memory: '1024',
    containerDefinitions: [
      {
        name: 'edge',
        image: 'public.ecr.aws/nginx/nginx:1.27',
        cpu: 512,
        memoryReservation: 256,
        portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
        user: '101',
      },
    ],
  };
}

export function noneMode(): JsonObject {
  return {
    family: 'batch',
    networkMode: 'none',
    containerDefinitions: [{ name: 'job', image: 'public.ecr.aws/docker/library/busybox:1', memory: 64 }],
  };
}

export const FIXTURES: Record<string, () => JsonObject> = {
  bridgeEc2,
  defaultModeEc2,
  awsvpcFargate,
  hostEc2,
};
