export { ProblemsList } from './problems-list.tsx';
export type { ProblemsListProps, TextError } from './problems-list.tsx';
