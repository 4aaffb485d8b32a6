import { makeTestApp, ADMIN_KEY } from '../../api/test/harness.ts';
import { Parley, type ClientOptions, type Fetch } from '../src/index.ts';

export { ADMIN_KEY };

/** The base URL the SDK is pointed at; requests never leave the process (the app answers through `app.fetch`). */
export const BASE_URL = 'http://parley.test';

/** One request as the app received it. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  signal: AbortSignal | null | undefined;
}

/** What a wrapper may do with one request: pass it to the real app, answer it itself, or fail like a network. */
export type Interceptor = (request: SeenRequest, index: number, real: () => Promise<Response>) => Promise<Response> | Response;

/**
 * A real Parley app on a fresh embedded store, a workspace, a client with its secret key, and a record of every
 * request the SDK sent. `intercept` wraps the app, to inject 429/502/503 answers or lost responses.
 */
export async function setup(opts: { app?: Parameters<typeof makeTestApp>[0]; client?: ClientOptions } = {}) {
  const t = await makeTestApp(opts.app);
  const seen: SeenRequest[] = [];
  let intercept: Interceptor | undefined;
  const fetch: Fetch = async (input, init) => {
    const body = typeof init.body === 'string' ? init.body : '';
    const request: SeenRequest = { method: init.method ?? 'GET', url: new URL(input), headers: new Headers(init.headers), body, signal: init.signal };
    const index = seen.push(request) - 1;
    const real = async () => t.app.fetch(new Request(input, init));
    return intercept ? intercept(request, index, real) : real();
  };
  const ws = await t.workspace();
  const client = new Parley({ apiKey: ws.secretKey, baseUrl: BASE_URL, fetch, ...opts.client });
  return {
    t,
    ws,
    client,
    fetch,
    seen,
    /** A client of the same app with another key (admin, publishable, session token) or options. */
    clientWith: (options: ClientOptions) => new Parley({ apiKey: ws.secretKey, baseUrl: BASE_URL, fetch, ...options }),
    /** Routes every following request through `fn`; `undefined` restores the plain app. */
    intercept: (fn: Interceptor | undefined) => void (intercept = fn),
    /** A live study made through the SDK. */
    study: (body: Partial<Parameters<Parley['studies']['create']>[0]> = {}) =>
      client.studies.create({ researchQuestion: 'What frustrates customers after their support ticket is closed?', status: 'live', ...body }),
    cleanup: () => t.cleanup(),
  };
}

/** An answer in API.md's error shape, as the API would send it. */
export function errorResponse(status: number, type: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { type, message: `injected ${status}`, requestId: `req_injected_${status}` } }), {
    status,
    headers: { 'content-type': 'application/json', 'x-request-id': `req_injected_${status}`, ...headers },
  });
}

/** What fetch throws when the network is down. */
export function networkError(): TypeError {
  return new TypeError('fetch failed');
}

/** Deliveries the API sent, captured instead of leaving the process. */
export function captureDeliveries() {
  const deliveries: { url: string; headers: Headers; body: string }[] = [];
  const outboundFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    deliveries.push({ url: String(input), headers: new Headers(init?.headers), body: String(init?.body) });
    return new Response(null, { status: 204 });
  }) as typeof fetch;
  return { deliveries, outboundFetch };
}

/** Polls `read` until it gives a value (a background delivery has happened), or fails after `ms`. */
export async function until<T>(read: () => T | undefined, ms = 2000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
