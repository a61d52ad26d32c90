export { ShareButton } from './share-button.tsx';
export { SharedLinkNotice, type SharedLinkNoticeProps } from './shared-link-notice.tsx';
export { LONG_LINK, makeShareLink, readShareLink, type ReadLink, type ShareLink } from './share-link.ts';
