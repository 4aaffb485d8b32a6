import { lookup } from 'node:dns/promises';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from '../app.ts';
import { openNodeStorage } from './node-storage.ts';
import { nodeClientAddress } from './node-client-address.ts';
import { createOfflineInterviewer } from '../interviewer/offline/offline-interviewer.ts';
import { offlinePlanner } from '../planning/offline-planner.ts';
import { randomIds } from '../platform/random-ids.ts';
import { systemClock } from '../platform/system-clock.ts';
import { jsonLogger } from '../platform/json-logger.ts';
import { ensureBootstrapWorkspace } from './bootstrap.ts';
import { readNodeEnv } from './node-env.ts';
import { printBanner } from './banner.ts';
import { drainLimitMs, gracefulShutdown } from './graceful-shutdown.ts';
import { staticAssetRoutes } from './static-assets.ts';
import { applyDemoSetting } from './demo-switch.ts';
import { createChatClient } from '../llm/client.ts';
import { describeLlm } from '../llm/config.ts';
import { createLlmInterviewer } from '../interviewer/llm/llm-interviewer.ts';
import { createLlmPlanner } from '../planning/llm-planner.ts';
import { createAnalysis } from '../analysis/analysis.ts';
import { createLlmAnalysisEngine } from '../analysis/llm/llm-engine.ts';
import { createLlmAsker } from '../analysis/llm/llm-asker.ts';
import { createLlmSummarizer } from '../analysis/llm/llm-summarizer.ts';
import { createLlmThemeMerger } from '../analysis/llm/llm-theme-merger.ts';
import type { AppDeps } from '../deps.ts';
import { loadSentenceEmbedder } from '../analysis/meaning/node-embedder.ts';
import { createLlmPersonaWriter } from '../analysis/llm/persona-writer.ts';
import { startWebhookOutbox } from '../webhooks/outbox-worker.ts';
import { startTelemetry } from './telemetry-setup.ts';
import { instrumentStore } from '../telemetry/instrument-store.ts';
import { instrumentChatClient, type ModelUse } from '../telemetry/instrument-chat-client.ts';

/** Node entry point: store, interviewer (offline, or a language model when configured), bootstrap workspace, HTTP server. */
const env = readNodeEnv(process.env);
const logger = jsonLogger({ quiet: env.quiet });
const version = '0.1.0';
// Traces and metrics only when PARLEY_OTEL / PARLEY_METRICS ask for them (docs/operations.md); off, nothing is set up.
const otel = await startTelemetry(env.telemetry, { version, logger });
const telemetry = otel?.telemetry;
const storage = await openNodeStorage(env, logger);
const store = telemetry ? instrumentStore(storage.store, telemetry) : storage.store;
const { rateLimiter } = storage;
const ids = randomIds();
const clock = systemClock();
const planner = offlinePlanner();
// With OPENAI_API_KEY or OPENAI_BASE_URL, a model interviews and drafts plans (demo studies keep the offline drafts,
// so starting never waits for a model).
const llm = env.llm ? { config: env.llm, client: createChatClient(env.llm), logger } : null;
// With telemetry on, each use of the model is timed and its tokens counted under its own name.
const model = (use: ModelUse) => (llm && telemetry ? { ...llm, client: instrumentChatClient(llm.client, telemetry, use) } : llm!);
const keys = await ensureBootstrapWorkspace(store, env.dataDir, env, ids, clock);
// Analysis: the model extracts themes when one is configured (falling back to offline NLP per turn), else offline NLP.
// With a model, it also writes "ask your interviews" answers from the quotes retrieval finds, and study summaries.
// Sentence vectors by meaning (a 6 MB cache derived once from the embeddings package): themes and ask go by meaning.
// Without them (a slim install that ships neither), analysis still runs on words alone.
const embedder = await loadSentenceEmbedder().catch((err: unknown) => {
  logger.error('embeddings_unavailable', { error: err instanceof Error ? err.message : String(err) });
  return undefined;
});
const analysis = createAnalysis({
  ...(embedder ? { embedder } : {}),
  ...(llm
    ? {
        engine: createLlmAnalysisEngine(model('analysis')),
        asker: createLlmAsker(model('analysis')),
        summarizer: createLlmSummarizer(model('analysis')),
        themeMerger: createLlmThemeMerger(model('analysis')),
        personaWriter: createLlmPersonaWriter(model('analysis')),
      }
    : {}),
});
// Aborted when a shutdown's drain limit passes: open turn streams are then cut (see graceful-shutdown.ts).
const shutdown = new AbortController();
const deps: AppDeps = {
  store,
  shutdown: shutdown.signal,
  // Webhook host names are looked up before creation and before every delivery (see webhooks/destination.ts).
  resolveHost: async (hostname) => (await lookup(hostname, { all: true })).map((a) => a.address),
  analysis,
  interviewer: llm ? createLlmInterviewer(model('interview')) : createOfflineInterviewer(),
  planner: llm ? createLlmPlanner(model('plan')) : planner,
  clock,
  ids,
  logger,
  // A plan draft may take its model's timeout many times over (retries, repair): a pending Idempotency-Key outlives that.
  config: { adminKey: keys.adminKey, version, maxBodyBytes: 64 * 1024, webhookAllowPrivate: env.webhookAllowPrivate, secretKeyOrigins: env.secretKeyOrigins,
    // Links (invitations, hosted page, demo): PARLEY_PUBLIC_URL, else a trusted proxy's forwarded scheme and host, else the request's.
    ...(env.publicUrl ? { publicUrl: env.publicUrl } : {}), ...(env.widgetUrl ? { widgetBaseUrl: env.widgetUrl } : {}), trustForwardedHeaders: env.trustProxy !== false,
    idempotencyPendingMs: Math.max(15 * 60_000, (env.llm?.timeoutMs ?? 0) * 20) },
  rateLimiter,
  clientAddress: nodeClientAddress(env),
  ...(telemetry ? { telemetry } : {}),
};
const app = createApp(deps);
// Webhook retries, and deliveries a stopped process left pending, go out from here (with Redis, from any process).
const outbox = startWebhookOutbox(deps);
// Turns committed just before a crash and never analysed are caught up now, every workspace's, in the background:
// serving does not wait for it (and a study read or written meanwhile catches up on its own).
void analysis.catchUpAll(deps, [keys.workspaceId]).catch((err: unknown) => logger.error('analysis_catch_up_failed', { error: String(err) }));
// The demo app and its live studies only where PARLEY_DEMO asks for them (see demo-setting.ts); off, / goes to the console.
const demoStudies = await applyDemoSetting(env.demo, { store, planner, ids, clock }, env.dataDir, keys.workspaceId);
app.route('/', staticAssetRoutes(demoStudies ? { publishableKey: keys.publishableKey, studies: demoStudies } : null));
const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
  printBanner({ url: env.publicUrl ?? `http://${env.host === '0.0.0.0' ? 'localhost' : env.host}:${info.port}`, keys, demo: env.demo, dataDir: env.dataDir, interviewer: describeLlm(env.llm) });
  logger.info('listening', { port: info.port, host: env.host, store: store.kind });
});

// SIGTERM/SIGINT: in-flight turns may finish (a model turn takes its timeout per attempt); streams still open at the
// drain limit end with an `error` event so the widget sends the turn again, to the next process.
const stop = gracefulShutdown({
  server: server as Server,
  drainMs: drainLimitMs(env.llm),
  cut: shutdown,
  logger,
  finish: async () => {
    // No new webhook sweep; an attempt in flight ends or its claim lapses and another process (or the next start) retries.
    await outbox.stop();
    // Analysis in flight gets a moment to be stored; whatever does not make it is caught up on the next start.
    await Promise.race([analysis.idle(), new Promise((r) => setTimeout(r, 2000))]);
    analysis.close();
    await store.close();
    // Spans and metrics still buffered go out last (bounded: an unreachable collector must not hold the exit).
    await Promise.race([otel?.shutdown(), new Promise((r) => setTimeout(r, 5000))]);
  },
});
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
