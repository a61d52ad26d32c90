// "Paste your error": from a pasted RegisterTaskDefinition (or SDK, Terraform, CloudFormation) error
// to the field of the user's document it is about, the rule code the editor uses for it, and whether
// the editor can fix it in one click.
import { check } from '../check.ts';
import type { JsonObject } from '../json.ts';
import type { Problem } from '../problem.ts';
import { containerNamed } from './locate.ts';
import { unwrap } from './normalize.ts';
import { sdkMatches } from './sdk-patterns.ts';
import { SERVICE_PATTERNS, type ServicePattern } from './service-patterns.ts';

export interface ErrorMatch {
  /** The rule code the editor reports for this problem (docs/rules-*.md), or the lookup's own code. */
  readonly code: string;
  /** AWS CLI path of the offending field in the given document ('' = the whole document). */
  readonly path: string;
  readonly explanation: string;
  /** check() reports a problem with this code at this path, and it has a quick fix. */
  readonly fixAvailable: boolean;
  /** The fixture id (F01–F37) or the SDK form that matched. */
  readonly source: string;
}

const within = (path: string, prefix: string | undefined): boolean =>
  prefix === undefined || path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

function resolve(
  p: ServicePattern,
  m: RegExpExecArray,
  doc: JsonObject,
  problems: readonly Problem[],
): ErrorMatch {
  const named = p.container?.(m);
  const scope = named !== undefined ? containerNamed(doc, named) : undefined;
  const located = p.locate?.(doc, m);
  let chosen: Problem | undefined;
  for (const code of p.codes) {
    const candidates = problems.filter((x) => x.code === code && within(x.path, scope));
    chosen = candidates.find((x) => x.path === located) ?? candidates[0];
    if (chosen) break;
  }
  const code =
    chosen?.code ?? (located === undefined ? p.fallbackCode : undefined) ?? p.codes[0] ?? 'unknown';
  const path = chosen?.path ?? located ?? scope ?? p.fallback;
  return {
    code,
    path,
    explanation: p.explain(m),
    fixAvailable: problems.some((x) => x.code === code && x.path === path && x.fix !== undefined),
    source: p.id,
  };
}

/** Every problem the message reports, mapped onto the document; [] when nothing is recognised. */
export function lookupError(message: string, doc: JsonObject): ErrorMatch[] {
  const { text } = unwrap(message);
  const problems = check(doc);
  const out: ErrorMatch[] = [];
  for (const p of SERVICE_PATTERNS) {
    const re = new RegExp(p.re.source, p.re.flags.includes('g') ? p.re.flags : `${p.re.flags}g`);
    for (const m of text.matchAll(re)) out.push(resolve(p, m, doc, problems));
  }
  for (const s of sdkMatches(text, doc)) {
    const hit = problems.find((x) => x.path === s.path && x.code === s.code);
    out.push({
      code: s.code,
      path: s.path,
      explanation: s.explanation,
      fixAvailable: hit?.fix !== undefined,
      source: s.id,
    });
  }
  const seen = new Set<string>();
  return out.filter((x) => {
    const key = `${x.code}\u0000${x.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
