// Making and reading share links: the (redacted) document compressed into the URL fragment.
import { isJsonObject, redactForSharing, type JsonObject, type RedactOptions } from '../../domain/index.ts';
import { decodeJson, encodeJson, fragmentPayload, shareUrl } from '../../lib/share-codec/index.ts';

/** Some chat tools and mail clients cut longer URLs. */
export const LONG_LINK = 8000;

export interface ShareLink {
  readonly url: string;
  readonly environmentValues: number;
  readonly accountIds: number;
}

export async function makeShareLink(
  doc: JsonObject,
  options: RedactOptions,
  pageUrl: string,
): Promise<ShareLink> {
  const { document, environmentValues, accountIds } = redactForSharing(doc, options);
  return { url: shareUrl(pageUrl, await encodeJson(document)), environmentValues, accountIds };
}

export type ReadLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'document'; readonly document: JsonObject }
  | { readonly kind: 'error'; readonly message: string };

/** What the location hash carries: nothing, a document, or the reason it cannot be opened. */
export async function readShareLink(hash: string): Promise<ReadLink> {
  const payload = fragmentPayload(hash);
  if (payload === undefined) return { kind: 'none' };
  const out = await decodeJson(payload);
  if (!out.ok) return { kind: 'error', message: out.error };
  if (!isJsonObject(out.value))
    return {
      kind: 'error',
      message: 'The link does not carry a task definition (its data is not a JSON object).',
    };
  return { kind: 'document', document: out.value };
}
