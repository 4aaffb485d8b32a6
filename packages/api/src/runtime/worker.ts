/**
 * Cloudflare Workers entry point (also any runtime with module-worker `fetch(request, env, ctx)`): the Redis store over
 * Upstash's REST API, the offline interviewer (or a language model with OPENAI_API_KEY / OPENAI_BASE_URL), and `createApp`. Settings come from the bindings (wrangler.toml [vars]
 * and secrets): docs/deploy-cloudflare-workers.md. Nothing here may import Node built-ins (test/edge/worker.test.ts
 * bundles this file and runs it in workerd).
 */
import type { Context, ExecutionContext } from 'hono';
import { createApp } from '../app.ts';
import type { AppDeps } from '../deps.ts';
import { createOfflineInterviewer } from '../interviewer/offline/offline-interviewer.ts';
import { createTextNlp } from '../interviewer/offline/nlp.ts';
import { offlinePlanner } from '../planning/offline-planner.ts';
import { jsonLogger } from '../platform/json-logger.ts';
import { randomIds } from '../platform/random-ids.ts';
import { systemClock } from '../platform/system-clock.ts';
import { readRateLimits } from '../ratelimit/rate-limit-settings.ts';
import { redisRateLimiter } from '../ratelimit/redis-rate-limiter.ts';
import { redisKeys } from '../store/redis/keys.ts';
import { RedisStore } from '../store/redis/redis-store.ts';
import { readRedisSettings } from '../store/redis/redis-settings.ts';
import { redisOverRest } from '../store/redis/rest-client.ts';
import { readLlmConfig } from '../llm/config.ts';
import { createChatClient } from '../llm/client.ts';
import { createLlmInterviewer } from '../interviewer/llm/llm-interviewer.ts';
import { createLlmPlanner } from '../planning/llm-planner.ts';
import { createAnalysis } from '../analysis/analysis.ts';
import { createOfflineEngine } from '../analysis/offline/offline-engine.ts';
import { createLlmAnalysisEngine } from '../analysis/llm/llm-engine.ts';
import { createLlmAsker } from '../analysis/llm/llm-asker.ts';
import { createLlmSummarizer } from '../analysis/llm/llm-summarizer.ts';
import { createLlmThemeMerger } from '../analysis/llm/llm-theme-merger.ts';
import { createLlmPersonaWriter } from '../analysis/llm/persona-writer.ts';
import { sweepDueDeliveries } from '../webhooks/outbox-worker.ts';
import { readBaseUrl } from './base-url-setting.ts';

/** The worker's bindings: UPSTASH_REDIS_REST_URL and _TOKEN are required; the rest as in the deploy guide. */
export type WorkerEnv = Record<string, string | undefined>;

/** The client address on Cloudflare: set by its edge for every request, a client cannot forge it. */
const cloudflareClientAddress = (c: Context) => c.req.header('cf-connecting-ip');

/** Everything but `background`, which belongs to one request. Built once per isolate: loading the NLP model takes tens of ms. */
function wire(env: WorkerEnv, clientAddress: (c: Context) => string | undefined): Omit<AppDeps, 'background'> {
  // REDIS_URL (TCP) is for Node; a worker only speaks HTTP to Redis.
  const settings = readRedisSettings({ ...env, REDIS_URL: undefined });
  if (!settings || settings.transport !== 'rest') throw new Error('Set UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN for the worker');
  const redis = redisOverRest({ url: settings.url, token: settings.token, timeoutMs: settings.timeoutMs });
  const rateLimits = readRateLimits(env);
  const keys = redisKeys(settings.prefix);
  // One NLP pipeline for interviewer, planner and analysis: loading the model is most of an isolate's cold start.
  const nlp = createTextNlp();
  const logger = jsonLogger({ quiet: env.PARLEY_LOG_REQUESTS === '0', write: (line, isError) => (isError ? console.error(line) : console.log(line)) });
  // The same model settings as on Node (docs/llm.md); without them, everything stays offline.
  const llmConfig = readLlmConfig(env);
  const llm = llmConfig ? { config: llmConfig, client: createChatClient(llmConfig), logger } : null;
  const offline = createOfflineEngine({ nlp });
  return {
    store: new RedisStore(redis, { prefix: settings.prefix }),
    interviewer: llm ? createLlmInterviewer({ ...llm, nlp }) : createOfflineInterviewer({ nlp }),
    planner: llm ? createLlmPlanner({ ...llm, nlp }) : offlinePlanner({ nlp }),
    // One analysis side per isolate (not per request), so a study's model is reused while the isolate lives.
    analysis: createAnalysis(
      llm
        ? { engine: createLlmAnalysisEngine({ ...llm, offline }), asker: createLlmAsker(llm), summarizer: createLlmSummarizer(llm), themeMerger: createLlmThemeMerger(llm), personaWriter: createLlmPersonaWriter(llm) }
        : { engine: offline },
    ),
    clock: systemClock(),
    ids: randomIds(),
    logger,
    // No DNS on the edge: webhook URLs get the literal checks (names, IP spellings); see webhooks/destination.ts.
    config: { adminKey: env.PARLEY_ADMIN_KEY, version: '0.1.0', maxBodyBytes: 64 * 1024, webhookAllowPrivate: ['1', 'true', 'on'].includes(String(env.PARLEY_WEBHOOK_ALLOW_PRIVATE ?? '').toLowerCase()),
      // A console served from another origin may use secret keys only when listed (PARLEY_CONSOLE_ORIGINS, as on Node).
      secretKeyOrigins: (env.PARLEY_CONSOLE_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
      // Links it hands out: PARLEY_PUBLIC_URL, else the request's own (public) URL. The hosted page loads the widget from
      // PARLEY_WIDGET_URL, else /widget on this origin (the [assets] binding in wrangler.toml). No forwarded headers
      // are trusted here: the platform's request URL is already the public one.
      ...optionalUrl('publicUrl', readBaseUrl('PARLEY_PUBLIC_URL', env.PARLEY_PUBLIC_URL)),
      ...optionalUrl('widgetBaseUrl', readBaseUrl('PARLEY_WIDGET_URL', env.PARLEY_WIDGET_URL)),
    },
    rateLimiter: rateLimits ? redisRateLimiter(redis, rateLimits, { keyOf: (b) => keys.rateLimit(b) }) : undefined,
    clientAddress,
  };
}

/**
 * A module worker: dependencies wired once per environment, an app per request so its background work goes to that
 * request's waitUntil. Other edge platforms pass where they put the client address.
 */
export function parleyWorker(options: { clientAddress?: (c: Context) => string | undefined } = {}) {
  const clientAddress = options.clientAddress ?? cloudflareClientAddress;
  let wired: { env: WorkerEnv; deps: Omit<AppDeps, 'background'> } | undefined;
  return {
    fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Response | Promise<Response> {
      if (wired?.env !== env) wired = { env, deps: wire(env, clientAddress) };
      const app = createApp({ ...wired.deps, background: (work) => ctx.waitUntil(work) });
      return app.fetch(request, env, ctx);
    },
    /**
     * The cron trigger (wrangler.toml `[triggers]`): attempts the webhook deliveries that are due. A request's
     * waitUntil covers a first attempt, not a retry minutes or hours later; without this, retries on the edge would
     * wait for a Node process to sweep them.
     */
    scheduled(_controller: unknown, env: WorkerEnv, ctx: ExecutionContext): void {
      if (wired?.env !== env) wired = { env, deps: wire(env, clientAddress) };
      const deps: AppDeps = { ...wired.deps, background: (work) => ctx.waitUntil(work) };
      ctx.waitUntil(sweepAllDue(deps));
    },
  };
}

/** Sweeps due deliveries in batches until none are left (at most SWEEP_ROUNDS batches per run; the next run takes the rest). */
async function sweepAllDue(deps: AppDeps): Promise<void> {
  for (let round = 0; round < SWEEP_ROUNDS; round++) if ((await sweepDueDeliveries(deps, SWEEP_BATCH)) < SWEEP_BATCH) return;
}
const SWEEP_BATCH = 50;
const SWEEP_ROUNDS = 10;

function optionalUrl<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

/** The module worker Cloudflare runs (wrangler.toml `main`). */
export default parleyWorker();
