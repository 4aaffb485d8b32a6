import { serve } from '@hono/node-server';
import { createApp } from '../app.ts';
import { openEmbeddedStore } from '../store/embedded/embedded-store.ts';
import { createOfflineInterviewer } from '../interviewer/offline/offline-interviewer.ts';
import { offlinePlanner } from '../planning/offline-planner.ts';
import { randomIds } from '../platform/random-ids.ts';
import { systemClock } from '../platform/system-clock.ts';
import { jsonLogger } from '../platform/json-logger.ts';
import { ensureBootstrapWorkspace } from './bootstrap.ts';
import { readNodeEnv } from './node-env.ts';
import { printBanner } from './banner.ts';
import { staticAssetRoutes } from './static-assets.ts';
import { loadDemoStudies } from './demo/demo-file.ts';

/** Node entry point: embedded store, offline interviewer, bootstrap workspace, HTTP server. */
const env = readNodeEnv(process.env);
const logger = jsonLogger({ quiet: env.quiet });
const store = await openEmbeddedStore(env.dataDir);
const ids = randomIds();
const clock = systemClock();
const planner = offlinePlanner();
const keys = await ensureBootstrapWorkspace(store, env.dataDir, env, ids, clock);
const app = createApp({
  store,
  interviewer: createOfflineInterviewer(),
  planner,
  clock,
  ids,
  logger,
  config: { adminKey: keys.adminKey, version: '0.1.0', maxBodyBytes: 64 * 1024 },
});
app.route('/', staticAssetRoutes({ publishableKey: keys.publishableKey, studies: await loadDemoStudies({ store, planner, ids, clock }, env.dataDir, keys.workspaceId) }));
const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
  printBanner({ url: `http://${env.host === '0.0.0.0' ? 'localhost' : env.host}:${info.port}`, keys, dataDir: env.dataDir, interviewer: 'offline' });
  logger.info('listening', { port: info.port, host: env.host, store: store.kind });
});

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info('stopping', { signal });
  server.close(() => void store.close().finally(() => process.exit(0)));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
