// Choices for selects, read from the zod model so they follow botocore's enums.
import {
  ContainerDependencySchema,
  EFSAuthorizationConfigSchema,
  EFSVolumeConfigurationSchema,
  DockerVolumeConfigurationSchema,
  LogConfigurationSchema,
  PortMappingSchema,
  RuntimePlatformSchema,
  TaskDefinitionSchema,
  UlimitSchema,
} from '../../domain/index.ts';
import type { Choice } from './inputs.tsx';

const plain = (values: readonly string[]): Choice[] => values.map((value) => ({ value, label: value }));
const T = TaskDefinitionSchema.shape;

export const LAUNCH_TYPES: readonly Choice[] = [
  { value: 'FARGATE', label: 'Fargate' },
  { value: 'EC2', label: 'EC2' },
  { value: 'EXTERNAL', label: 'External' },
  { value: 'MANAGED_INSTANCES', label: 'Managed instances' },
];
export const NETWORK_MODES = plain(T.networkMode.unwrap().options);
export const PID_MODES = plain(T.pidMode.unwrap().options);
export const IPC_MODES = plain(T.ipcMode.unwrap().options);
export const OS_FAMILIES = plain(RuntimePlatformSchema.shape.operatingSystemFamily.unwrap().options);
export const CPU_ARCHITECTURES = plain(RuntimePlatformSchema.shape.cpuArchitecture.unwrap().options);
export const PROTOCOLS = plain(PortMappingSchema.shape.protocol.unwrap().options);
export const APP_PROTOCOLS = plain(PortMappingSchema.shape.appProtocol.unwrap().options);
export const LOG_DRIVERS = plain(LogConfigurationSchema.shape.logDriver.options);
export const CONDITIONS = plain(ContainerDependencySchema.shape.condition.options);
export const ULIMIT_NAMES = plain(UlimitSchema.shape.name.options);
export const SCOPES = plain(DockerVolumeConfigurationSchema.shape.scope.unwrap().options);
export const ENABLED_DISABLED = plain(EFSVolumeConfigurationSchema.shape.transitEncryption.unwrap().options);
export const IAM = plain(EFSAuthorizationConfigSchema.shape.iam.unwrap().options);
export const PLACEMENT_TYPES = plain(['memberOf']);
export const PROXY_TYPES = plain(['APPMESH']);
export const ENV_FILE_TYPES = plain(['s3']);
