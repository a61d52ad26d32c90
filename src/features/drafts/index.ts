export { DraftsControl } from './drafts-control.tsx';
export type { DraftsControlProps } from './drafts-control.tsx';
export { DraftNotices } from './draft-notices.tsx';
export type { DraftNoticesProps } from './draft-notices.tsx';
