// Locates and reads botocore's ECS service model, the ground truth for the API's shape.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

export interface BotoShape {
  type: string;
  members?: Record<string, { shape: string }>;
  required?: string[];
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  box?: boolean;
  deprecated?: boolean;
}

export function botocoreDir(): string {
  return execFileSync('python3', ['-c', 'import botocore, os; print(os.path.dirname(botocore.__file__))'], {
    encoding: 'utf8',
  }).trim();
}

export function loadEcsModel(): { shapes: Record<string, BotoShape> } {
  const file = join(botocoreDir(), 'data/ecs/2014-11-13/service-2.json.gz');
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as { shapes: Record<string, BotoShape> };
}

/** Every shape reachable from the register request, dependencies before dependents. */
export function reachableShapes(
  shapes: Record<string, BotoShape>,
  root = 'RegisterTaskDefinitionRequest',
): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const s = shapes[name];
    if (!s) throw new Error(`shape ${name} missing from the model`);
    for (const m of Object.values(s.members ?? {})) visit(m.shape);
    if (s.member) visit(s.member.shape);
    if (s.key) visit(s.key.shape);
    if (s.value) visit(s.value.shape);
    order.push(name);
  };
  visit(root);
  return order;
}
