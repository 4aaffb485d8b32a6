import { ParleyError } from './errors.ts';
import { Requester } from './internal/requester.ts';
import type { Fetch, RequestOptions } from './request-options.ts';
import type { Health } from './types.ts';
import { signWebhook, verifyWebhook } from './webhook-signature.ts';
import { Workspaces } from './resources/workspaces.ts';
import { Plans } from './resources/plans.ts';
import { Studies } from './resources/studies.ts';
import { Sessions } from './resources/sessions.ts';
import { Events } from './resources/events.ts';
import { Eligibility } from './resources/eligibility.ts';
import { Invitations } from './resources/invitations.ts';
import { Webhooks } from './resources/webhooks.ts';

/** Options of `new Parley(…)`. */
export interface ClientOptions {
  /** A secret key `sk_…` (or the admin key for `workspaces`); default: the `PARLEY_API_KEY` environment variable. */
  apiKey?: string;
  /** The API's base URL; default: `PARLEY_BASE_URL`, else `http://127.0.0.1:8787` (what `npm start` serves). */
  baseUrl?: string;
  /** Time allowed for each attempt until the response arrives (for streams: until the stream opens); default 60 s. */
  timeoutMs?: number;
  /** Retries of a safe request after 429, 502, 503, 504 or a network error or timeout; default 2. */
  maxRetries?: number;
  /** The fetch to use; default: the global fetch, looked up at each call. */
  fetch?: Fetch;
  /** A secret key in a browser is readable by every visitor: the client refuses to run there unless this is true. */
  dangerouslyAllowBrowser?: boolean;
}

/** Defaults of `ClientOptions`. */
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8787';
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;

/** The Parley API for servers: one property per resource of API.md, typed from @parley/protocol. */
export class Parley {
  /** Verifies (and signs, for tests) webhook deliveries; needs no client. */
  static readonly webhooks = { verify: verifyWebhook, sign: signWebhook };

  /** The options this client runs with, resolved. */
  readonly apiKey: string;
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;

  readonly workspaces: Workspaces;
  readonly plans: Plans;
  readonly studies: Studies;
  readonly sessions: Sessions;
  readonly events: Events;
  readonly eligibility: Eligibility;
  readonly invitations: Invitations;
  readonly webhooks: Webhooks;
  readonly #requester: Requester;

  /** Makes a client; throws ParleyError without an API key, or in a browser unless `dangerouslyAllowBrowser`. */
  constructor(options: ClientOptions = {}) {
    const apiKey = options.apiKey ?? readEnv('PARLEY_API_KEY');
    if (!apiKey) throw new ParleyError('Pass apiKey (a secret key sk_…) or set PARLEY_API_KEY.');
    if (isBrowser() && !options.dangerouslyAllowBrowser) {
      throw new ParleyError('A secret key must not reach a browser. Use @parley/sdk/browser with a publishable key, or set dangerouslyAllowBrowser.');
    }
    this.apiKey = apiKey;
    this.baseUrl = options.baseUrl ?? readEnv('PARLEY_BASE_URL') ?? DEFAULT_BASE_URL;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.#requester = new Requester({
      apiKey,
      baseUrl: this.baseUrl,
      timeoutMs: this.timeoutMs,
      maxRetries: this.maxRetries,
      fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
    });
    this.workspaces = new Workspaces(this.#requester);
    this.plans = new Plans(this.#requester);
    this.studies = new Studies(this.#requester);
    this.sessions = new Sessions(this.#requester);
    this.events = new Events(this.#requester);
    this.eligibility = new Eligibility(this.#requester);
    this.invitations = new Invitations(this.#requester);
    this.webhooks = new Webhooks(this.#requester);
  }

  /** `GET /healthz`: liveness, and which interviewer and store the API runs. */
  health(options?: RequestOptions): Promise<Health> {
    return this.#requester.json({ method: 'GET', path: '/healthz', retryable: true }, options);
  }

  /** `GET /openapi.json`: the machine-readable contract. */
  openapi(options?: RequestOptions): Promise<Record<string, unknown>> {
    return this.#requester.json({ method: 'GET', path: '/openapi.json', retryable: true }, options);
  }
}

function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[name]?.trim() || undefined;
}

function isBrowser(): boolean {
  const g = globalThis as { window?: unknown; document?: unknown };
  return typeof g.window !== 'undefined' && typeof g.document !== 'undefined';
}
