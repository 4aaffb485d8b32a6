import type { APIPromise } from './api-promise.ts';
import { ParleyError } from './errors.ts';
import { clientHeaders, isBrowser } from './internal/client-headers.ts';
import { Requester } from './internal/requester.ts';
import { isLogLevel, levelled, type Logger, type LogLevel } from './logger.ts';
import type { Fetch, RequestOptions } from './request-options.ts';
import type { Health } from './types.ts';
import { signWebhook, unwrapWebhook, verifyWebhook } from './webhook-signature.ts';
import { Workspaces } from './resources/workspaces.ts';
import { Plans } from './resources/plans.ts';
import { Studies } from './resources/studies.ts';
import { Sessions } from './resources/sessions.ts';
import { Events } from './resources/events.ts';
import { Eligibility } from './resources/eligibility.ts';
import { Invitations } from './resources/invitations.ts';
import { Impressions } from './resources/impressions.ts';
import { Webhooks } from './resources/webhooks.ts';

/** Options of `new Parley(…)` and `client.withOptions(…)`. */
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
  /** Headers sent on every request (a call's `headers` win over them; the SDK's own, such as authorization, too). */
  defaultHeaders?: Record<string, string>;
  /** What to log: `debug`, `info`, `warn`, `error` or `off`; default: the `PARLEY_LOG` environment variable, else `warn`. */
  logLevel?: LogLevel;
  /** Where log lines go; default `console`. Credentials are never logged (authorization is shown as `***`). */
  logger?: Logger;
  /** A secret key in a browser is readable by every visitor: the client refuses to run there unless this is true. */
  dangerouslyAllowBrowser?: boolean;
}

/** Defaults of `ClientOptions`. */
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8787';
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_LOG_LEVEL: LogLevel = 'warn';

/** The Parley API for servers: one property per resource of API.md, typed from @parley/protocol. */
export class Parley {
  /** Verifies (and signs, for tests) webhook deliveries; needs no client. */
  static readonly webhooks = { verify: verifyWebhook, unwrap: unwrapWebhook, sign: signWebhook };

  /** The options this client runs with, resolved. */
  readonly apiKey: string;
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly logLevel: LogLevel;

  readonly workspaces: Workspaces;
  readonly plans: Plans;
  readonly studies: Studies;
  readonly sessions: Sessions;
  readonly events: Events;
  readonly eligibility: Eligibility;
  readonly invitations: Invitations;
  readonly impressions: Impressions;
  readonly webhooks: Webhooks;
  readonly #options: ClientOptions;
  readonly #requester: Requester;

  /** Makes a client; throws ParleyError without an API key, or in a browser unless `dangerouslyAllowBrowser`. */
  constructor(options: ClientOptions = {}) {
    const apiKey = options.apiKey ?? readEnv('PARLEY_API_KEY');
    if (!apiKey) throw new ParleyError('Pass apiKey (a secret key sk_…) or set PARLEY_API_KEY.');
    const inBrowser = isBrowser();
    if (inBrowser && !options.dangerouslyAllowBrowser) {
      throw new ParleyError('A secret key must not reach a browser. Use @parley/sdk/browser with a publishable key, or set dangerouslyAllowBrowser.');
    }
    this.#options = options;
    this.apiKey = apiKey;
    this.baseUrl = options.baseUrl ?? readEnv('PARLEY_BASE_URL') ?? DEFAULT_BASE_URL;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.logLevel = options.logLevel ?? logLevelFromEnv(options.logger ?? console);
    this.#requester = new Requester({
      apiKey,
      baseUrl: this.baseUrl,
      timeoutMs: this.timeoutMs,
      maxRetries: this.maxRetries,
      fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
      headers: { ...clientHeaders(inBrowser), ...options.defaultHeaders },
      // Looked up per line, not captured: a test may replace console methods after the client is made.
      ...(this.logLevel === 'off' ? {} : { logger: levelled(options.logger ?? lazyConsole, this.logLevel) }),
    });
    this.workspaces = new Workspaces(this.#requester);
    this.plans = new Plans(this.#requester);
    this.studies = new Studies(this.#requester);
    this.sessions = new Sessions(this.#requester);
    this.events = new Events(this.#requester);
    this.eligibility = new Eligibility(this.#requester);
    this.invitations = new Invitations(this.#requester);
    this.impressions = new Impressions(this.#requester);
    this.webhooks = new Webhooks(this.#requester);
  }

  /**
   * A new client with these options over this one's; `defaultHeaders` are merged (set a header to replace it). This
   * client is unchanged: e.g. `client.withOptions({ apiKey: otherWorkspaceKey, maxRetries: 0 })`.
   */
  withOptions(options: ClientOptions): Parley {
    const defaultHeaders = { ...this.#options.defaultHeaders, ...options.defaultHeaders };
    return new Parley({ ...this.#options, apiKey: this.apiKey, baseUrl: this.baseUrl, ...options, defaultHeaders });
  }

  /** `GET /healthz`: liveness, and which interviewer and store the API runs. */
  health(options?: RequestOptions): APIPromise<Health> {
    return this.#requester.json({ method: 'GET', path: '/healthz', retryable: true }, options);
  }

  /** `GET /openapi.json`: the machine-readable contract. */
  openapi(options?: RequestOptions): APIPromise<Record<string, unknown>> {
    return this.#requester.json({ method: 'GET', path: '/openapi.json', retryable: true }, options);
  }
}

const lazyConsole: Logger = {
  debug: (...a) => console.debug(...a),
  info: (...a) => console.info(...a),
  warn: (...a) => console.warn(...a),
  error: (...a) => console.error(...a),
};

function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[name]?.trim() || undefined;
}

/** `PARLEY_LOG`, when it names a level; a typo is reported once rather than silently ignored. */
function logLevelFromEnv(logger: Logger): LogLevel {
  const raw = readEnv('PARLEY_LOG')?.toLowerCase();
  if (raw === undefined) return DEFAULT_LOG_LEVEL;
  if (isLogLevel(raw)) return raw;
  logger.warn(`[parley] PARLEY_LOG=${raw} is not one of debug, info, warn, error, off; using ${DEFAULT_LOG_LEVEL}.`);
  return DEFAULT_LOG_LEVEL;
}
