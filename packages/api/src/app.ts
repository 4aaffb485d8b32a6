import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { AppDeps } from './deps.ts';
import type { AppEnv } from './http/app-env.ts';
import { ApiError } from './http/api-error.ts';
import { errorResponse } from './http/error-response.ts';
import { corsOrigin } from './http/cors-policy.ts';
import { securityHeaders } from './http/security-headers.ts';
import { KeyedMutex } from './services/keyed-mutex.ts';
import { CredentialHashCache } from './auth/credential-hash-cache.ts';
import { operationRoutes } from './routes/operations.ts';
import { currentWorkspaceRoutes } from './routes/workspace.ts';
import { workspaceRoutes } from './routes/workspaces.ts';
import { planRoutes } from './routes/plans.ts';
import { studyRoutes } from './routes/studies.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { interviewSummaryRoutes } from './routes/interview-summary.ts';
import { hostedPageRoutes } from './routes/hosted-page.ts';
import { triggerRoutes } from './routes/triggers.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { createAnalysis } from './analysis/analysis.ts';
import { insightRoutes } from './routes/insights.ts';
import { askRoutes } from './routes/ask.ts';
import { personaRoutes } from './routes/personas.ts';
import { exportRoutes } from './routes/export.ts';
import { studyWelcomeRoutes } from './routes/study-welcome.ts';
import { deleteStudyRoutes } from './routes/delete-study.ts';
import { impressionRoutes } from './routes/impressions.ts';
import { createTelemetry } from './telemetry/telemetry.ts';
import { instrumentStore } from './telemetry/instrument-store.ts';
import { httpTelemetry } from './telemetry/http-telemetry.ts';

/** Builds the Parley API from explicit dependencies; every runtime (Node, edge, tests) wires its own. */
export function createApp(deps: AppDeps) {
  // Every app has an analysis side; without one given, the offline engine (its NLP model loads on first use).
  deps = deps.analysis ? deps : { ...deps, analysis: createAnalysis() };
  // Telemetry off (the default): the OpenTelemetry API's no-ops, and neither the store nor requests are wrapped.
  const telemetry = deps.telemetry ?? createTelemetry();
  deps = { ...deps, telemetry, store: instrumentStore(deps.store, telemetry) };
  const locks = new KeyedMutex();
  const credentialHashes = new CredentialHashCache();
  const app = new Hono<AppEnv>();

  // First, so a request's server span covers every other middleware (and static routes a runtime adds later).
  if (telemetry.enabled) app.use(httpTelemetry(telemetry));
  // Header names are wire names that embeds and SDKs rely on: never rename them.
  app.use(requestId({ headerName: 'x-request-id', generator: () => deps.ids.id('req') }));
  app.use(securityHeaders());
  app.use(
    cors({
      // Not `*` everywhere: secret-key routes are closed to other sites' pages (http/cors-policy.ts).
      origin: corsOrigin(deps.config.secretKeyOrigins ?? []),
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id', 'x-parley-client'],
      exposeHeaders: ['x-request-id', 'retry-after', 'idempotent-replayed'],
      maxAge: 600,
    }),
  );
  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('credentialHashes', credentialHashes);
    const started = performance.now();
    await next();
    deps.logger.info('request', {
      requestId: c.var.requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  app.use(
    bodyLimit({
      maxSize: deps.config.maxBodyBytes,
      onError: () => {
        throw new ApiError('payload_too_large', `The request body is larger than ${deps.config.maxBodyBytes / 1024} KiB.`);
      },
    }),
  );

  app.route('/', operationRoutes());
  app.route('/v1/workspaces', workspaceRoutes());
  app.route('/v1/workspace', currentWorkspaceRoutes());
  app.route('/v1/plans', planRoutes());
  // Before studyRoutes: these carry their own per-route auth, and a route that answers ends the chain, so the study
  // router's catch-all middleware (auth, rate limit) does not run a second time for them.
  app.route('/v1/studies', insightRoutes());
  app.route('/v1/studies', askRoutes());
  app.route('/v1/studies', personaRoutes());
  app.route('/v1/studies', exportRoutes());
  app.route('/v1/studies', studyWelcomeRoutes());
  app.route('/v1/studies', deleteStudyRoutes());
  app.route('/v1/studies', studyRoutes());
  app.route('/v1/sessions', sessionRoutes(locks));
  app.route('/v1/sessions', interviewSummaryRoutes());
  app.route('/v1', triggerRoutes());
  app.route('/v1/impressions', impressionRoutes());
  app.route('/v1/webhooks', webhookRoutes());
  app.route('/', hostedPageRoutes());

  app.notFound((c) => errorResponse(c, new ApiError('not_found', `No route ${c.req.method} ${c.req.path}.`), deps.logger));
  app.onError((err, c) => errorResponse(c, err, deps.logger));
  return app;
}

/** The Hono app type, for typed clients. */
export type ParleyApp = ReturnType<typeof createApp>;
