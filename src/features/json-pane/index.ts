// The JSON pane is loaded lazily (Monaco is about 1 MB gzip): import it with React.lazy from here.
export { JsonPane } from './json-pane.tsx';
export type { JsonPaneHandle, JsonPaneProps, PaneHistory } from './json-pane.tsx';
export type { PaneSyntax } from './syntax-note.tsx';
