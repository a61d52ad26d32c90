// An aws_ecs_task_definition resource (Terraform AWS provider): task-level arguments as HCL
// attributes and blocks, the containers as `jsonencode([...])` of an HCL literal.
import { isJsonObject, own, type JsonObject, type JsonValue } from '../json.ts';
import { hclIdentifier, hclKey, hclString, hclValue } from './hcl.ts';
import { prepare } from './prepare.ts';

export interface TerraformOptions {
  /** The resource's local name (default: derived from the family). */
  readonly resourceName?: string;
}

/** Own data property; a repeated key (two tags with one key) keeps the last value, as a map must. */
function put(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const snake = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** API members whose Terraform argument is spelled differently from the snake_case of the name. */
const ARGUMENT: Readonly<Record<string, string>> = {
  requiresCompatibilities: 'requires_compatibilities',
  ephemeralStorage: 'ephemeral_storage',
  sizeInGiB: 'size_in_gib',
  s3filesVolumeConfiguration: 's3files_volume_configuration',
  configuredAtLaunch: 'configure_at_launch',
};
const argName = (key: string): string => ARGUMENT[key] ?? snake(key);

/** Members that Terraform takes as a map attribute (`x = { ... }`), not a nested block. */
const MAP_ATTRIBUTES = new Set(['driverOpts', 'labels', 'properties']);
const TASK_ORDER = [
  'family',
  'cpu',
  'memory',
  'networkMode',
  'requiresCompatibilities',
  'executionRoleArn',
  'taskRoleArn',
  'pidMode',
  'ipcMode',
  'enableFaultInjection',
];
const BLOCKS: Readonly<Record<string, string>> = {
  runtimePlatform: 'runtime_platform',
  ephemeralStorage: 'ephemeral_storage',
  placementConstraints: 'placement_constraints',
  inferenceAccelerators: 'inference_accelerator',
};

function attribute(key: string, value: JsonValue, indent: number): string {
  return `${' '.repeat(indent)}${key} = ${hclValue(value, indent)}`;
}

/** A nested block: scalars become attributes, objects become blocks, string maps stay maps. */
function block(name: string, body: JsonObject, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines = [`${pad}${name} {`];
  for (const key of Object.keys(body)) {
    const value = own(body, key) ?? null;
    if (isJsonObject(value) && !MAP_ATTRIBUTES.has(key))
      lines.push(...block(argName(key), value, indent + 2));
    else lines.push(attribute(argName(key), value, indent + 2));
  }
  lines.push(`${pad}}`);
  return lines;
}

function volumeBlock(volume: JsonObject, indent: number): string[] {
  // The provider flattens `host.sourcePath` into `host_path`; an empty `host {}` is the default volume.
  const body: JsonObject = {};
  for (const key of Object.keys(volume)) {
    const value = own(volume, key) ?? null;
    if (key === 'host') {
      const sourcePath = isJsonObject(value) ? own(value, 'sourcePath') : undefined;
      if (sourcePath !== undefined) put(body, 'hostPath', sourcePath);
    } else put(body, key, value);
  }
  return block('volume', body, indent);
}

/** App Mesh properties are a list of name/value pairs in the API and a string map in Terraform. */
function proxyBlock(proxy: JsonObject, indent: number): string[] {
  const body: JsonObject = {};
  for (const key of Object.keys(proxy)) {
    const value = own(proxy, key) ?? null;
    if (key !== 'properties' || !Array.isArray(value)) {
      put(body, key, value);
      continue;
    }
    const map: JsonObject = {};
    for (const p of value) {
      const name = isJsonObject(p) ? own(p, 'name') : undefined;
      const v = isJsonObject(p) ? own(p, 'value') : undefined;
      if (typeof name === 'string') put(map, name, v ?? '');
    }
    put(body, 'properties', map);
  }
  return block('proxy_configuration', body, indent);
}

function tagsMap(tags: JsonValue): JsonObject {
  const map: JsonObject = {};
  if (!Array.isArray(tags)) return map;
  for (const t of tags) {
    const key = isJsonObject(t) ? own(t, 'key') : undefined;
    const value = isJsonObject(t) ? own(t, 'value') : undefined;
    if (typeof key === 'string') put(map, key, value ?? '');
  }
  return map;
}

export function toTerraform(doc: JsonObject, options: TerraformOptions = {}): string {
  const clean = prepare(doc);
  const family = own(clean, 'family');
  const name = hclIdentifier(
    options.resourceName ?? (typeof family === 'string' ? family : undefined),
    'this',
  );
  const lines = [`resource "aws_ecs_task_definition" ${hclString(name)} {`];
  const handled = new Set<string>();
  const take = (key: string): JsonValue | undefined => {
    handled.add(key);
    return own(clean, key);
  };
  for (const key of TASK_ORDER) {
    const value = take(key);
    if (value !== undefined) lines.push(attribute(argName(key), value, 2));
  }
  const containers = take('containerDefinitions');
  lines.push(`  container_definitions = jsonencode(${hclValue(containers ?? [], 2)})`);
  const volumes = take('volumes');
  for (const v of Array.isArray(volumes) ? volumes : []) {
    if (isJsonObject(v)) lines.push('', ...volumeBlock(v, 2));
  }
  for (const [key, blockName] of Object.entries(BLOCKS)) {
    const value = take(key);
    const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const item of items) if (isJsonObject(item)) lines.push('', ...block(blockName, item, 2));
  }
  const proxy = take('proxyConfiguration');
  if (isJsonObject(proxy)) lines.push('', ...proxyBlock(proxy, 2));
  const tags = take('tags');
  if (tags !== undefined) lines.push('', attribute('tags', tagsMap(tags), 2));
  const rest = Object.keys(clean).filter((k) => !handled.has(k));
  if (rest.length > 0) {
    lines.push(
      '',
      `  # Not an aws_ecs_task_definition argument, left out: ${rest.map((k) => hclKey(k)).join(', ')}`,
    );
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}
