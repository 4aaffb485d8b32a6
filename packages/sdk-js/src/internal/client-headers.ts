import { VERSION } from '../version.ts';

/** Who is calling, for the API's logs and support: `parley-sdk-js/<version>`. */
export const CLIENT_ID = `parley-sdk-js/${VERSION}`;

/**
 * Whether a browser sends `x-parley-client` (browsers refuse to let a page set User-Agent). The API's CORS must list
 * it (`allowHeaders` in packages/api/src/app.ts): a preflight naming an unlisted header fails and would break every
 * browser call. test/client-identity.test.ts checks the pair against the real API.
 */
export const SEND_BROWSER_CLIENT_HEADER = true;

/** The headers that identify the SDK on every request, for where it runs. Header names are wire names: never rename. */
export function clientHeaders(inBrowser: boolean): Record<string, string> {
  if (!inBrowser) return { 'user-agent': CLIENT_ID };
  return SEND_BROWSER_CLIENT_HEADER ? { 'x-parley-client': CLIENT_ID } : {};
}

/** Whether this is a web page (window and document exist); Workers, Deno and Node have no document. */
export function isBrowser(): boolean {
  const g = globalThis as { window?: unknown; document?: unknown };
  return typeof g.window !== 'undefined' && typeof g.document !== 'undefined';
}
