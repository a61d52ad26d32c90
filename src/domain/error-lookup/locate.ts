// Finding, in the user's document, the field a service message is about. Each finder returns an AWS
// CLI path, or undefined when the document has no such field (then the lookup falls back to a parent).
import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { formatPath, type PathSegment } from '../path.ts';
import { arr, containers, field, isFargate, networkMode, num, obj, str } from '../rules/rule.ts';

const NAME = /^[A-Za-z0-9_-]+$/;

export function containerNamed(doc: JsonObject, name: string): string | undefined {
  return containers(doc).find((c) => c.name === name)?.path;
}

function firstContainer(
  doc: JsonObject,
  test: (c: JsonObject) => boolean,
  member: string,
): string | undefined {
  const hit = containers(doc).find((c) => test(c.container));
  return hit ? `${hit.path}.${member}` : undefined;
}

export const finders = {
  /** The first container whose log options hold `key`. */
  logOption(doc: JsonObject, key: string): string | undefined {
    const hit = containers(doc).find((c) => {
      const options = obj(field(obj(c.container.logConfiguration), 'options'));
      return isJsonObject(options) && Object.prototype.hasOwnProperty.call(options, key);
    });
    return hit ? `${hit.path}.logConfiguration.options.${key}` : undefined;
  },
  /** F09: the first awsvpc port mapping whose hostPort differs from its containerPort. */
  awsvpcHostPort(doc: JsonObject): string | undefined {
    for (const c of containers(doc)) {
      const i = arr(c.container.portMappings).findIndex((m) => {
        const host = num(field(obj(m), 'hostPort'));
        return host !== undefined && host !== num(field(obj(m), 'containerPort'));
      });
      if (i >= 0) return `${c.path}.portMappings[${i}].hostPort`;
    }
    return undefined;
  },
  links: (doc: JsonObject) => firstContainer(doc, (c) => arr(c.links).length > 0, 'links'),
  hostname: (doc: JsonObject) => firstContainer(doc, (c) => c.hostname !== undefined, 'hostname'),
  /** F12: the second mapping that uses the host port (the first one is fine). */
  hostPort(doc: JsonObject, port: string, protocol: string): string | undefined {
    let seen = false;
    for (const c of containers(doc)) {
      const mappings = arr(c.container.portMappings);
      for (let i = 0; i < mappings.length; i++) {
        const m = obj(mappings[i]);
        const proto = (str(field(m, 'protocol')) ?? 'tcp').toLowerCase();
        const host =
          num(field(m, 'hostPort')) ??
          (networkMode(doc) === 'bridge' ? undefined : num(field(m, 'containerPort')));
        if (String(host) !== port || proto !== protocol.toLowerCase()) continue;
        if (seen) return `${c.path}.portMappings[${i}].hostPort`;
        seen = true;
      }
    }
    return undefined;
  },
  /** F13: in the named container, the first mapping without a usable containerPort. */
  containerPort(doc: JsonObject, name: string): string | undefined {
    const c = containers(doc).find((x) => x.name === name) ?? containers(doc)[0];
    if (!c) return undefined;
    const i = arr(c.container.portMappings).findIndex((m) => {
      const port = num(field(obj(m), 'containerPort'));
      return (
        field(obj(m), 'containerPortRange') === undefined && (port === undefined || port < 1 || port > 65535)
      );
    });
    return i >= 0 ? `${c.path}.portMappings[${i}]` : `${c.path}.portMappings`;
  },
  nameMissing: (doc: JsonObject) => firstContainer(doc, (c) => (str(c.name) ?? '') === '', 'name'),
  nameInvalid: (doc: JsonObject) =>
    firstContainer(doc, (c) => typeof c.name === 'string' && c.name !== '' && !NAME.test(c.name), 'name'),
  imageMissing: (doc: JsonObject) => firstContainer(doc, (c) => (str(c.image) ?? '').trim() === '', 'image'),
  /** F17: the second container that reuses a name. */
  nameDuplicate(doc: JsonObject): string | undefined {
    const seen = new Set<string>();
    for (const c of containers(doc)) {
      if (c.name === undefined) continue;
      if (seen.has(c.name)) return `${c.path}.name`;
      seen.add(c.name);
    }
    return undefined;
  },
  /** F28: the dependsOn entry naming the missing container. */
  dependsOn(doc: JsonObject, target: string): string | undefined {
    for (const c of containers(doc)) {
      const i = arr(c.container.dependsOn).findIndex((d) => str(field(obj(d), 'containerName')) === target);
      if (i >= 0) return `${c.path}.dependsOn[${i}].containerName`;
    }
    return undefined;
  },
  /** F27: a SUCCESS/COMPLETE dependency on a container that is essential (explicitly or by default). */
  essentialDependency(doc: JsonObject): string | undefined {
    const essential = new Set(
      containers(doc)
        .filter((c) => c.container.essential !== false)
        .map((c) => c.name),
    );
    for (const c of containers(doc)) {
      const i = arr(c.container.dependsOn).findIndex((d) => {
        const condition = str(field(obj(d), 'condition'));
        return (
          (condition === 'SUCCESS' || condition === 'COMPLETE') &&
          essential.has(str(field(obj(d), 'containerName')))
        );
      });
      if (i >= 0) return `${c.path}.dependsOn[${i}].condition`;
    }
    return undefined;
  },
  volumesFrom(doc: JsonObject, source: string): string | undefined {
    for (const c of containers(doc)) {
      const i = arr(c.container.volumesFrom).findIndex(
        (v) => str(field(obj(v), 'sourceContainer')) === source,
      );
      if (i >= 0) return `${c.path}.volumesFrom[${i}].sourceContainer`;
    }
    return undefined;
  },
  sourcePath(doc: JsonObject): string | undefined {
    const i = arr(doc.volumes).findIndex(
      (v) => field(obj(field(obj(v), 'host')), 'sourcePath') !== undefined,
    );
    return i >= 0 ? `volumes[${i}].host.sourcePath` : undefined;
  },
  awslogs: (doc: JsonObject) =>
    firstContainer(
      doc,
      (c) => field(obj(c.logConfiguration), 'logDriver') === 'awslogs',
      'logConfiguration.logDriver',
    ),
  ecrImage: (doc: JsonObject) => firstContainer(doc, (c) => /\.dkr\.ecr\./.test(str(c.image) ?? ''), 'image'),
  secrets: (doc: JsonObject) => firstContainer(doc, (c) => arr(c.secrets).length > 0, 'secrets'),
  memory(doc: JsonObject, name: string): string | undefined {
    const path = containerNamed(doc, name);
    return path ? `${path}.memory` : undefined;
  },
  /** F31: the FireLens config-file-value the service failed to read as an ARN. */
  firelensConfig: (doc: JsonObject) =>
    firstContainer(
      doc,
      (c) => field(obj(field(obj(c.firelensConfiguration), 'options')), 'config-file-type') !== undefined,
      'firelensConfiguration.options.config-file-type',
    ),
  /** The container whose image the (runtime) message quotes. */
  imageIn(doc: JsonObject, text: string): string | undefined {
    const hit = containers(doc).find(({ container }) => {
      const image = str(container.image) ?? '';
      return image !== '' && (text.includes(image) || text.includes(`docker.io/library/${image}`));
    });
    return hit ? `${hit.path}.image` : undefined;
  },
  fargate: (doc: JsonObject) => isFargate(doc),
};

/**
 * A path with keys, and a JSON type the value there has: the first place in the document where the
 * keys (array indices skipped) end with `keys` and the value is of that type.
 */
export function findByKeys(doc: JsonObject, keys: readonly string[], type?: string): string | undefined {
  const matchType = (v: JsonValue): boolean =>
    type === undefined ||
    (type === 'array'
      ? Array.isArray(v)
      : type === 'null'
        ? v === null
        : type === 'object'
          ? isJsonObject(v)
          : typeof v === type);
  const walk = (value: JsonValue, path: PathSegment[], names: string[]): string | undefined => {
    if (
      names.length >= keys.length &&
      keys.every((k, i) => names[names.length - keys.length + i] === k) &&
      matchType(value)
    )
      return formatPath(path);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const hit = walk(value[i] ?? null, [...path, i], names);
        if (hit) return hit;
      }
    } else if (isJsonObject(value)) {
      for (const k of Object.keys(value)) {
        const hit = walk(value[k] ?? null, [...path, k], [...names, k]);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  return walk(doc, [], []);
}
