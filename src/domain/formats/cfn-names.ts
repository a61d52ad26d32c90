// The API's camelCase member names -> CloudFormation's PascalCase property names for
// AWS::ECS::TaskDefinition, and back. Most names are the API name with a capital first letter; the
// table below holds the places where CloudFormation spells them differently (checked against the
// CloudFormation reference pages for TaskDefinition, Volume, EFSVolumeConfiguration,
// AuthorizationConfig, ProxyConfiguration and S3FilesVolumeConfiguration).
import { describeSchema, memberOf, ROOT_SCHEMA, type Schema } from '../import/model-walk.ts';
import { isJsonObject, own, type JsonObject, type JsonValue } from '../json.ts';

/** One level of the document: its renames, and which members are nested structures or free-form maps. */
interface Level {
  /** API name -> CloudFormation name, where the default (capitalize) is wrong. */
  readonly renames?: Readonly<Record<string, string>>;
  /** API name -> the level of that member (arrays are transparent: the level applies to each item). */
  readonly children?: Readonly<Record<string, Level>>;
  /** A string map whose keys are data (Docker labels, driver options): never renamed. */
  readonly freeForm?: boolean;
}

const MAP: Level = { freeForm: true };

const EFS: Level = {
  renames: { fileSystemId: 'FilesystemId' },
  children: { authorizationConfig: { renames: { iam: 'IAM' } } },
};

const VOLUME: Level = {
  renames: {
    efsVolumeConfiguration: 'EFSVolumeConfiguration',
    fsxWindowsFileServerVolumeConfiguration: 'FSxWindowsFileServerVolumeConfiguration',
    s3filesVolumeConfiguration: 'S3FilesVolumeConfiguration',
  },
  children: {
    efsVolumeConfiguration: EFS,
    dockerVolumeConfiguration: { children: { driverOpts: MAP, labels: MAP } },
  },
};

const CONTAINER: Level = {
  children: {
    dockerLabels: MAP,
    logConfiguration: { children: { options: MAP } },
    firelensConfiguration: { children: { options: MAP } },
  },
};

const TASK: Level = {
  children: {
    containerDefinitions: CONTAINER,
    volumes: VOLUME,
    proxyConfiguration: { renames: { properties: 'ProxyConfigurationProperties' } },
  },
};

function put(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const uncapitalize = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** `{ "Ref": ... }`, `{ "Fn::Sub": ... }`: CloudFormation functions, whose arguments are not properties. */
function isIntrinsic(value: JsonObject): boolean {
  const keys = Object.keys(value);
  return (
    keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || (keys[0] ?? '').startsWith('Fn::'))
  );
}

type Namer = (level: Level, key: string) => string;

function cfnName(level: Level, apiKey: string): string {
  const renames = level.renames ?? {};
  return Object.prototype.hasOwnProperty.call(renames, apiKey)
    ? (renames[apiKey] ?? apiKey)
    : capitalize(apiKey);
}

function apiName(level: Level, cfnKey: string): string {
  const hit = Object.entries(level.renames ?? {}).find(([, cfn]) => cfn === cfnKey);
  return hit ? hit[0] : uncapitalize(cfnKey);
}

/**
 * Walks a tree beside the model, renaming each key with `name`; `apiKeyOf` tells which API member a
 * key stands for. Keys the model does not know are kept as written, in both directions (the importer
 * does the same, and CloudFormation would not know them either).
 */
function walk(
  value: JsonValue,
  level: Level,
  schema: Schema | undefined,
  name: Namer,
  apiKeyOf: Namer,
): JsonValue {
  const expect = schema ? describeSchema(schema).expect : undefined;
  if (Array.isArray(value)) {
    const element = expect?.kind === 'array' ? expect.element : undefined;
    return value.map((v) => walk(v, level, element, name, apiKeyOf));
  }
  if (!isJsonObject(value) || isIntrinsic(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    const child = own(value, key) ?? null;
    const apiKey = apiKeyOf(level, key);
    const member = expect ? memberOf(expect, apiKey) : undefined;
    if (level.freeForm || !member) {
      put(out, key, child);
      continue;
    }
    const children = level.children ?? {};
    const next = Object.prototype.hasOwnProperty.call(children, apiKey) ? (children[apiKey] ?? {}) : {};
    put(out, name(level, apiKey), walk(child, next, member, name, apiKeyOf));
  }
  return out;
}

const identity: Namer = (_level, key) => key;

/** RegisterTaskDefinition input -> the Properties of an AWS::ECS::TaskDefinition resource. */
export function toCfnProperties(doc: JsonObject): JsonObject {
  return walk(doc, TASK, ROOT_SCHEMA, cfnName, identity) as JsonObject;
}

/** The Properties of an AWS::ECS::TaskDefinition resource -> RegisterTaskDefinition input. */
export function fromCfnProperties(props: JsonObject): JsonObject {
  return walk(props, TASK, ROOT_SCHEMA, (_level, key) => key, apiName) as JsonObject;
}

/**
 * CloudFormation name -> the AWS CDK L1 (CfnTaskDefinition) prop name. jsii lower-cases a leading
 * acronym except the capital that starts the next word: EFSVolumeConfiguration -> efsVolumeConfiguration,
 * FSxWindows... -> fSxWindows..., IAM -> iam, FilesystemId -> filesystemId, S3Files... -> s3Files...
 */
export function cdkPropName(cfn: string): string {
  const run = /^[A-Z]+/.exec(cfn)?.[0] ?? '';
  if (run.length === 0) return cfn;
  const rest = cfn.slice(run.length);
  if (run.length === 1 || !/^[a-z]/.test(rest)) return run.toLowerCase() + rest;
  return run.slice(0, -1).toLowerCase() + run.slice(-1) + rest;
}

/** RegisterTaskDefinition input -> CfnTaskDefinition props (camelCase of the CloudFormation names). */
export function toCdkProps(doc: JsonObject): JsonObject {
  return walk(
    doc,
    TASK,
    ROOT_SCHEMA,
    (level, key) => cdkPropName(cfnName(level, key)),
    identity,
  ) as JsonObject;
}

/** CfnTaskDefinition props -> RegisterTaskDefinition input (the inverse of toCdkProps). */
export function fromCdkProps(props: JsonObject): JsonObject {
  const apiKeyOf: Namer = (level, key) => {
    const known = Object.keys(level.renames ?? {}).find((api) => cdkPropName(cfnName(level, api)) === key);
    return known ?? apiName(level, capitalize(key));
  };
  return walk(props, TASK, ROOT_SCHEMA, (_level, key) => key, apiKeyOf) as JsonObject;
}
