export { TracingGroup } from './tracing-group.tsx';
export type { TracingGroupProps } from './tracing-group.tsx';
