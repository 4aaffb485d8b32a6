import type { ResolveHost } from './webhooks/destination.ts';
import type { Store } from './store/store.ts';
import type { RateLimiter } from './ratelimit/rate-limiter.ts';
import type { Context } from 'hono';
import type { Interviewer } from './interviewer/interviewer.ts';
import type { Analysis } from './analysis/analysis.ts';
import type { Telemetry } from './telemetry/telemetry.ts';
import type { DraftPlanRequest, DraftPlanResponse } from '@parley/protocol';

/** Drafts a research plan from a research question (offline templates, or an LLM when configured). */
export interface PlanDrafter {
  draft(input: DraftPlanRequest, signal?: AbortSignal): Promise<DraftPlanResponse>;
}

/** The source of "now"; injected so tests can move time. */
export interface Clock {
  now(): Date;
}

/** Makes ids and secrets; injected so tests can be deterministic. */
export interface IdGenerator {
  /** A new sortable public id with a type prefix, e.g. `st_01j…`. */
  id(prefix: string): string;
  /** A new unguessable bearer secret with a prefix, e.g. `sk_…`. */
  secret(prefix: string): string;
}

/** One structured log line per event. */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/** Settings of one API instance. */
export interface AppConfig {
  /** How long a keyed create keeps renewing its Idempotency-Key claim's lease; past it, it counts as hung (default 15 min). */
  idempotencyPendingMs?: number;
  /** The admin key that may create workspaces; unset means workspace creation is refused. */
  adminKey?: string;
  /** Reported by /healthz and the OpenAPI document. */
  version: string;
  /** Largest request body accepted, in bytes (API.md: 64 KiB). */
  maxBodyBytes: number;
  /** Delays before each retry of a failed webhook delivery (default: from 10 s up to 8 h, 8 attempts in all). */
  webhookRetryDelaysMs?: number[];
  /** Deliver webhooks to private, loopback and link-local addresses too (PARLEY_WEBHOOK_ALLOW_PRIVATE; off by default). */
  webhookAllowPrivate?: boolean;
  /**
   * Public base URL of this API (PARLEY_PUBLIC_URL), for every link it hands out (invitations, the hosted page's api and
   * widget addresses, the demo page); default: the request's own origin, or what a trusted proxy forwards (below).
   */
  publicUrl?: string;
  /**
   * A reverse proxy the operator trusts sits in front (PARLEY_TRUST_PROXY): links without a publicUrl take their scheme
   * and host from its `x-forwarded-proto` / `x-forwarded-host` (see http/public-origin.ts). Off: those headers are ignored.
   */
  trustForwardedHeaders?: boolean;
  /**
   * Browser origins besides the API's own whose pages may call with a secret key (PARLEY_CONSOLE_ORIGINS: a console
   * hosted elsewhere, a test runner's page); `*` allows any. Default none: secret keys are for servers.
   */
  secretKeyOrigins?: string[];
  /**
   * Where the widget's bundles are served (PARLEY_WIDGET_URL: a CDN, the Node deployment, the worker's static assets);
   * the hosted interview page loads them from there. Default `/widget` on the public base URL.
   */
  widgetBaseUrl?: string;
}

/** Everything `createApp` needs; each runtime wires its own. */
export interface AppDeps {
  store: Store;
  /** The interviewer (conductor + strategy); the offline one when no LLM is configured. */
  interviewer: Interviewer;
  planner: PlanDrafter;
  clock: Clock;
  ids: IdGenerator;
  config: AppConfig;
  logger: Logger;
  /** Sends outbound HTTP (webhook deliveries); defaults to the platform's fetch. */
  outboundFetch?: typeof fetch;
  /** Resolves a webhook's host name before creating it and before each delivery (absent on runtimes without DNS). */
  resolveHost?: ResolveHost;
  /** Aborted when the server shuts down and can wait no longer: open turn streams then end with an `error` event. */
  shutdown?: AbortSignal;
  /** Keeps background work alive after the response (waitUntil on the edge); defaults to fire-and-forget. */
  background?: (work: Promise<unknown>) => void;
  /** Live analysis of committed turns (src/analysis/): LLM-backed when configured; createApp builds the offline one when absent. */
  analysis?: Analysis;
  /** Counts callers against their rate limits (src/ratelimit/); absent = no limits. */
  rateLimiter?: RateLimiter;
  /** The client's network address, for per-address limits; each runtime knows where to find it (socket, trusted proxy header). */
  clientAddress?: (c: Context) => string | undefined;
  /** Traces and metrics (src/telemetry/); absent = off: the OpenTelemetry API's no-ops, nothing wrapped. */
  telemetry?: Telemetry;
}
