import type { JsonObject } from '../domain/index.ts';

/** What the editor opens with: a small, valid Fargate web service. */
export function starterDocument(): JsonObject {
  return {
    family: 'web',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      {
        name: 'web',
        image: 'public.ecr.aws/nginx/nginx:1.27',
        essential: true,
        portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
      },
    ],
  };
}
