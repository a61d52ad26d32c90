// One-click tracing sidecars: the X-Ray daemon (legacy) and the ADOT collector. See docs/sidecars.md.
export { SIDECAR_CATALOG, SIDECAR_KINDS, type SidecarCatalogEntry, type SidecarKind } from './catalog.ts';
export type { SidecarOptions, SidecarResult } from './result.ts';
export { addSidecar } from './add.ts';
export { hasSidecar, removeSidecar } from './remove.ts';
export { unwiredContainers, wireLateContainer, type UnwiredContainer } from './late-wiring.ts';
