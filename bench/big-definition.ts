// The benchmark's document: 10 containers x 50 environment variables, about 56 KB of JSON.
import type { JsonObject } from '../src/domain/index.ts';

export function bigDefinition(): JsonObject {
  const containers = Array.from({ length: 10 }, (_, c) => ({
    name: `service-${c}`,
    image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/service-${c}:1.${c}.0`,
    essential: c === 0,
    cpu: 64,
    memoryReservation: 128,
    portMappings: [{ containerPort: 8000 + c, protocol: 'tcp', name: `http-${c}`, appProtocol: 'http' }],
    environment: Array.from({ length: 50 }, (_, e) => ({
      name: `SERVICE_${c}_SETTING_${String(e).padStart(2, '0')}`,
      value: `value-${c}-${e}-${'x'.repeat(50)}`,
    })),
    logConfiguration: {
      logDriver: 'awslogs',
      options: {
        'awslogs-group': '/ecs/big',
        'awslogs-region': 'us-east-1',
        'awslogs-stream-prefix': `service-${c}`,
      },
    },
  }));
  return {
    family: 'big',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '1024',
    memory: '2048',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    containerDefinitions: containers,
  };
}
