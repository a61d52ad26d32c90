// Where the payload sits in a URL: the fragment (`#doc=...`), which browsers never send to a server.
export const FRAGMENT_KEY = 'doc';

/** The payload in a location hash (`#doc=...`), or undefined when the hash carries none. */
export function fragmentPayload(hash: string): string | undefined {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${FRAGMENT_KEY}=`;
  return body.startsWith(prefix) ? body.slice(prefix.length) : undefined;
}

/** The page's address (without its own fragment) with the payload as the fragment. */
export function shareUrl(pageUrl: string, payload: string): string {
  const hashAt = pageUrl.indexOf('#');
  const base = hashAt < 0 ? pageUrl : pageUrl.slice(0, hashAt);
  return `${base}#${FRAGMENT_KEY}=${payload}`;
}
