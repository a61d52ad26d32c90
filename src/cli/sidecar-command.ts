// `taskdef sidecar add|remove xray|adot FILE [--grow-task] [--image IMAGE | --docker-hub]`: a thin shell over the
// domain's sidecars. The resulting document goes to stdout, what changed and the notes to stderr.
// Exit: 0 done (or nothing to do), 1 refused (e.g. the sidecar does not fit), 2 bad usage or unreadable input.
import {
  addSidecar,
  exportJson,
  importText,
  removeSidecar,
  SIDECAR_CATALOG,
  SIDECAR_KINDS,
  type SidecarKind,
  type SidecarOptions,
} from '../domain/index.ts';
import type { CliIo } from './io.ts';

export const SIDECAR_USAGE =
  'usage: taskdef sidecar add|remove xray|adot FILE [--grow-task] [--image IMAGE | --docker-hub]\n' +
  '  --docker-hub adds the Docker Hub image (amazon/...) instead of the ECR Public one.\n' +
  '  FILE may be - for standard input. adot (the ADOT collector) is recommended; the X-Ray daemon\n' +
  '  is in maintenance since 2026-02-25 and reaches end of support on 2027-02-25.\n';

interface Parsed {
  readonly action: 'add' | 'remove';
  readonly kind: SidecarKind;
  readonly file: string;
  readonly options: SidecarOptions;
}

function parse(args: readonly string[]): Parsed | string {
  const positional: string[] = [];
  let growTask = false;
  let image: string | undefined;
  let dockerHub = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--grow-task') growTask = true;
    else if (arg === '--docker-hub') dockerHub = true;
    else if (arg === '--image') {
      image = args[++i];
      if (image === undefined) return '--image needs a value';
    } else if (arg.startsWith('--image=')) image = arg.slice('--image='.length);
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  const [action, kind, file, ...extra] = positional;
  if (action !== 'add' && action !== 'remove') return `expected add or remove, got ${action ?? 'nothing'}`;
  if (!SIDECAR_KINDS.includes(kind as SidecarKind)) return `expected xray or adot, got ${kind ?? 'nothing'}`;
  if (file === undefined) return 'missing FILE (use - for standard input)';
  if (extra.length > 0) return `unexpected ${extra.join(' ')}`;
  if (action === 'remove' && (growTask || image !== undefined || dockerHub))
    return '--grow-task, --image and --docker-hub apply to add only';
  if (dockerHub && image !== undefined) return '--image and --docker-hub exclude each other';
  if (dockerHub)
    image = SIDECAR_CATALOG[kind as SidecarKind].images.find((i) => !i.startsWith('public.ecr.aws/'));
  const options: SidecarOptions = {
    ...(growTask ? { growTask } : {}),
    ...(image !== undefined ? { image } : {}),
  };
  return { action, kind: kind as SidecarKind, file, options };
}

export async function runSidecarCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    io.stderr(`taskdef sidecar: ${parsed}\n${SIDECAR_USAGE}`);
    return 2;
  }
  const { action, kind, file, options } = parsed;
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const imported = importText(text);
  if (!imported.ok) {
    const e = imported.error;
    io.stderr(`${file}: line ${e.line}, column ${e.column}: ${e.message}\n`);
    return 2;
  }
  for (const f of imported.fixes) io.stderr(`${file}:${f.path || '(document)'}: converted: ${f.message}\n`);
  const result =
    action === 'add' ? addSidecar(imported.document, kind, options) : removeSidecar(imported.document, kind);
  if (!result.ok) {
    io.stderr(`${file}: ${result.message}\n`);
    const { cpu, memory } = result.suggestion ?? {};
    const size = [cpu !== undefined ? `task cpu ${cpu}` : '', memory !== undefined ? `memory ${memory}` : '']
      .filter((s) => s !== '')
      .join(', ');
    if (size !== '') io.stderr(`${file}: suggestion: ${size} (add --grow-task to apply it)\n`);
    return 1;
  }
  io.stdout(exportJson(result.document));
  for (const change of result.changes) io.stderr(`${file}: changed: ${change}\n`);
  for (const note of result.notes) io.stderr(`${file}: note: ${note}\n`);
  return 0;
}
