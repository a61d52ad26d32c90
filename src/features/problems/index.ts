export { ProblemsList } from './problems-list.tsx';
export type { ProblemsListProps } from './problems-list.tsx';
