import type { Server } from 'node:http';
import type { LlmConfig } from '../llm/config.ts';
import type { Logger } from '../deps.ts';

/** Without a model a turn takes milliseconds: a few seconds is plenty for whatever is in flight. */
const OFFLINE_DRAIN_MS = 5_000;
/** Past this, a restart waits no longer even for a slow model (deploys and process managers wait less than that). */
const MAX_DRAIN_MS = 60_000;
/** After the turn's model calls: committing it and writing the last event. */
const COMMIT_MARGIN_MS = 2_000;
/** Once streams are cut, time for their last event to leave before the connections are closed. */
const FLUSH_MS = 500;

/**
 * How long a shutdown waits for requests in flight: a turn may wait on the model for its timeout on every attempt
 * (the first and each retry), so that many timeouts plus a margin to commit, capped at a minute.
 */
export function drainLimitMs(llm: Pick<LlmConfig, 'timeoutMs' | 'maxRetries'> | null): number {
  if (!llm) return OFFLINE_DRAIN_MS;
  return Math.min(MAX_DRAIN_MS, Math.max(OFFLINE_DRAIN_MS, llm.timeoutMs * (llm.maxRetries + 1) + COMMIT_MARGIN_MS));
}

/** What a graceful shutdown works with. */
export interface ShutdownParts {
  server: Server;
  drainMs: number;
  /** Aborted at the drain limit: open turn streams then end with an `error` event telling the widget to send again. */
  cut: AbortController;
  logger: Logger;
  /** Runs once no request is left (or they were cut): background work, then closing the store. */
  finish: () => Promise<void>;
}

/**
 * Returns the signal handler: stop accepting connections, let requests in flight finish up to the drain limit, cut
 * the streams still open after it (the widget retries the turn, idempotent by its id), then finish and exit.
 */
export function gracefulShutdown({ server, drainMs, cut, logger, finish }: ShutdownParts): (signal: string) => void {
  let inFlight = 0;
  let draining: (() => void) | undefined;
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => {
      if (--inFlight === 0) draining?.();
    });
  });
  let stopping = false;
  return (signal) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal, inFlight, drainMs });
    server.close();
    server.closeIdleConnections();
    const drained = new Promise<void>((resolve) => {
      draining = resolve;
      if (inFlight === 0) resolve();
    });
    let cutTimer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((resolve) => {
      cutTimer = setTimeout(() => {
        logger.info('drain_limit_reached', { inFlight });
        cut.abort();
        setTimeout(resolve, FLUSH_MS);
      }, drainMs);
    });
    // Should closing the store hang, the process still ends.
    setTimeout(() => process.exit(0), drainMs + FLUSH_MS + 10_000).unref();
    void Promise.race([drained, limit])
      .then(() => {
        clearTimeout(cutTimer);
        server.closeAllConnections();
        return finish();
      })
      .catch((err: unknown) => logger.error('shutdown_failed', { error: String(err) }))
      .finally(() => process.exit(0));
  };
}
