import type { z } from 'zod';
import {
  ContainerDefinitionSchema,
  RegisterTaskDefinitionRequestSchema,
  VolumeSchema,
  PortMappingSchema,
} from './shapes.generated.ts';

export * from './shapes.generated.ts';

/** The complete RegisterTaskDefinition input, as botocore's model defines it. */
export const TaskDefinitionSchema = RegisterTaskDefinitionRequestSchema;
export type TaskDefinition = z.output<typeof TaskDefinitionSchema>;
export type ContainerDefinition = z.output<typeof ContainerDefinitionSchema>;
export type Volume = z.output<typeof VolumeSchema>;
export type PortMapping = z.output<typeof PortMappingSchema>;
