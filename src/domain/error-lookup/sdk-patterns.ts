// Client-side validation messages: botocore (AWS CLI, boto3), the JavaScript SDK v2, the Ruby SDK,
// the Go SDK v1 and Terraform's JSON decoding. Each names a path in its own spelling; this turns it
// into the AWS CLI path of the editor (ANCHORS.md 2(c) items 1, 2, 4, 6, 7).
import { READ_ONLY_MEMBERS } from '../import/index.ts';
import type { JsonObject } from '../json.ts';
import { formatPath, parsePath, type PathSegment } from '../path.ts';
import { findByKeys } from './locate.ts';

export interface SdkMatch {
  readonly id: string;
  readonly code: string;
  readonly path: string;
  readonly explanation: string;
}

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** `containerDefinitions[0]`, `input`, `params.containerDefinitions[0]` -> segments of the document. */
function cliSegments(where: string): PathSegment[] {
  const bare = where.replace(/^params\.?/, '').replace(/^input$/, '');
  return parsePath(bare);
}

/** Ruby: `[:container_definitions][0][:environment]` -> containerDefinitions[0].environment */
function rubySegments(where: string): PathSegment[] {
  return [...where.matchAll(/\[(?::(\w+)|(\d+))\]/g)].map((m) =>
    m[1] !== undefined ? camel(m[1]) : Number(m[2]),
  );
}

/** Go: `ContainerDefinitions[0].Name` -> containerDefinitions[0].name */
function goSegments(where: string): PathSegment[] {
  return parsePath(where).map((s) => (typeof s === 'string' ? lower(s) : s));
}

function unknownKey(segments: PathSegment[], key: string, id: string, sdk: string): SdkMatch {
  const readOnly = segments.length === 0 && (READ_ONLY_MEMBERS as readonly string[]).includes(key);
  const where = segments.length === 0 ? 'the task definition' : formatPath(segments);
  return {
    id,
    code: readOnly ? 'read-only-field' : 'unknown-parameter',
    path: formatPath([...segments, key]),
    explanation: readOnly
      ? `"${key}" is part of DescribeTaskDefinition output, not RegisterTaskDefinition input: remove it.`
      : `${sdk} does not know "${key}" in ${where}: a typo, a field of another API, or a field newer than that SDK (update it, or remove the field).`,
  };
}

const GO_TYPES: Readonly<Record<string, string>> = {
  bool: 'boolean',
  number: 'number',
  string: 'string',
  array: 'array',
  object: 'object',
};

/** Every client-side validation error in the text. */
export function sdkMatches(text: string, doc: JsonObject): SdkMatch[] {
  const out: SdkMatch[] = [];
  const each = (re: RegExp, f: (m: RegExpExecArray) => SdkMatch | undefined): void => {
    for (const m of text.matchAll(re)) {
      const hit = f(m);
      if (hit) out.push(hit);
    }
  };
  // botocore / AWS CLI
  each(/Unknown parameter in ([^\s:]+): "([^"]+)"/g, (m) =>
    unknownKey(cliSegments(m[1] ?? ''), m[2] ?? '', 'botocore-unknown', 'The SDK'),
  );
  each(
    /Invalid type for parameter ([^\s,]+), value: (.*?), type: (<[^>]*>)?,? ?valid types: ([^\n]*)/g,
    (m) => ({
      id: 'botocore-type',
      code: 'invalid-type',
      path: formatPath(cliSegments(m[1] ?? '')),
      explanation: `The value ${m[2] ?? ''} has the wrong type; the API wants ${(m[4] ?? '').replace(/<class '(\w+)'>/g, '$1').trim()} (for example a string "8080" rather than the number 8080, or a list rather than null).`,
    }),
  );
  each(/Missing required parameter in ([^\s:]+): "([^"]+)"/g, (m) => {
    const segments = [...cliSegments(m[1] ?? ''), m[2] ?? ''];
    const family = segments.length === 1 && segments[0] === 'family';
    return {
      id: 'botocore-missing',
      code: family ? 'family-missing' : 'missing-required',
      path: formatPath(segments),
      explanation: `"${m[2] ?? ''}" is required here.`,
    };
  });
  each(/Invalid (length|range|value) for parameter ([^\s,]+), value: ([^,\n]*)/g, (m) => ({
    id: `botocore-${m[1] ?? ''}`,
    code: `invalid-${m[1] ?? 'value'}`,
    path: formatPath(cliSegments(m[2] ?? '')),
    explanation: `The ${m[1] ?? ''} of ${m[3] ?? 'the value'} is outside what the API accepts.`,
  }));
  // JavaScript SDK v2
  each(/Unexpected key '([^']+)' found in (params[^\s]*)/g, (m) =>
    unknownKey(cliSegments(m[2] ?? ''), m[1] ?? '', 'js-unexpected', 'The JavaScript SDK'),
  );
  each(/Expected (params[^\s]+) to be an? (\w+)/g, (m) => ({
    id: 'js-type',
    code: 'invalid-type',
    path: formatPath(cliSegments(m[1] ?? '')),
    explanation: `The API wants a ${m[2] ?? 'different type'} here.`,
  }));
  each(/Missing required key '([^']+)' in (params[^\s]*)/g, (m) => ({
    id: 'js-missing',
    code: 'missing-required',
    path: formatPath([...cliSegments(m[2] ?? ''), m[1] ?? '']),
    explanation: `"${m[1] ?? ''}" is required here.`,
  }));
  // Ruby SDK
  each(/expected params((?:\[[^\]\s]+\])+) to be an? (\w+)/g, (m) => ({
    id: 'ruby-type',
    code: 'invalid-type',
    path: formatPath(rubySegments(m[1] ?? '')),
    explanation: `The API wants a ${m[2] ?? 'different type'} here.`,
  }));
  each(/unexpected value at params((?:\[[^\]\s]+\])+)/g, (m) => {
    const segments = rubySegments(m[1] ?? '');
    const key = segments.pop();
    return typeof key === 'string' ? unknownKey(segments, key, 'ruby-unexpected', 'The Ruby SDK') : undefined;
  });
  each(/missing required parameter params((?:\[[^\]\s]+\])+)/g, (m) => ({
    id: 'ruby-missing',
    code: 'missing-required',
    path: formatPath(rubySegments(m[1] ?? '')),
    explanation: 'This member is required.',
  }));
  // Go SDK v1 parameter validation
  each(
    /(missing required field|minimum field size of \d+|minimum field value of -?\d+), RegisterTaskDefinitionInput\.(\S+?)\.?(?=\s|$)/g,
    (m) => {
      const kind = m[1] ?? '';
      const code = kind.startsWith('missing')
        ? 'missing-required'
        : kind.includes('size')
          ? 'invalid-length'
          : 'invalid-range';
      return {
        id: 'go-validation',
        code,
        path: formatPath(goSegments(m[2] ?? '')),
        explanation: `The Go SDK rejected it: ${kind}.`,
      };
    },
  );
  // Terraform (container_definitions decoded by the provider)
  each(/json: cannot unmarshal (\w+) into Go struct field (\w+)\.([\w.]+) of type (\S+)/g, (m) => {
    const keys = (m[3] ?? '').split('.').map(lower);
    const containers = doc.containerDefinitions;
    const inContainers = Array.isArray(containers)
      ? findByKeys({ c: containers }, keys, GO_TYPES[m[1] ?? ''])
      : undefined;
    const path = inContainers
      ? inContainers.replace(/^c/, 'containerDefinitions')
      : (findByKeys(doc, keys, GO_TYPES[m[1] ?? '']) ?? 'containerDefinitions');
    return {
      id: 'terraform-unmarshal',
      code: 'invalid-type',
      path,
      explanation: `Terraform's provider could not read a ${m[1] ?? ''} as ${m[4] ?? 'the expected type'} in ${keys.join('.')}: write it as ${m[4] === 'string' ? 'a quoted string' : 'the expected type'}.`,
    };
  });
  return out;
}
