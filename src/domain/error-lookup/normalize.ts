// Pasted error text arrives wrapped (CLI, SDKs, Terraform, CloudFormation) and mangled (curly quotes,
// JSON or HTML escapes). This peels the wrapping so the service text can be matched.

export interface Unwrapped {
  /** The message with quotes and escapes made plain, whitespace runs kept (SDK lists are per line). */
  readonly text: string;
  /** `ClientException`, `InvalidParameterException`, ... when the wrapping names it. */
  readonly exception?: string;
  /** Which layer wrapped it, when recognisable. */
  readonly layer?: 'cli' | 'go' | 'java' | 'cloudformation' | 'js' | 'ruby' | 'terraform';
}

const LAYERS: readonly { layer: NonNullable<Unwrapped['layer']>; re: RegExp }[] = [
  { layer: 'cli', re: /An error occurred \((\w+)\) when calling the \w+ operation:/ },
  { layer: 'java', re: /\(Service: [\w ]+; Status Code: \d+; Error Code: (\w+);/ },
  { layer: 'cloudformation', re: /()Invalid request provided: (?:Create|Update) ?TaskDefinition:/i },
  {
    layer: 'terraform',
    re: /()Error: (?:creating|updating) ECS Task Definition|container_definitions is invalid/i,
  },
  { layer: 'go', re: /(\w+Exception): [\s\S]*status code: \d+/ },
  { layer: 'js', re: /\b(UnexpectedParameter|InvalidParameterType|MissingRequiredParameter|\w+Exception):/ },
  { layer: 'ruby', re: /()\bparams\[:\w+\]/ },
];

export function unwrap(message: string): Unwrapped {
  const text = message
    .replace(/\\r\\n|\\n/g, '\n')
    .replace(/\\t/g, '\t')
    .replace(/\\"/g, '"')
    .replace(/\\u2018|\\u2019/g, "'")
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\u00A0/g, ' ');
  for (const { layer, re } of LAYERS) {
    const m = re.exec(text);
    if (m) return m[1] ? { text, layer, exception: m[1] } : { text, layer };
  }
  return { text };
}
