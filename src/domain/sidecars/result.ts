import type { JsonObject } from '../json.ts';

export interface SidecarOptions {
  /** Another image for the same software (e.g. the Docker Hub mirror, or a private copy). */
  readonly image?: string;
  /** When the sidecar does not fit the task size, grow the task to the next valid size instead of refusing. */
  readonly growTask?: boolean;
}

export type SidecarResult =
  | { ok: true; document: JsonObject; changes: string[]; notes: string[] }
  | {
      ok: false;
      message: string;
      /**
       * The task size that would fit (what `growTask` applies). Fargate: always both. EC2: the task-level
       * values that are set (a task with only `cpu` set gets only `cpu`).
       */
      suggestion?: { cpu?: string; memory?: string };
    };
