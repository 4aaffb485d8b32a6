import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { PostTurnRequest, TurnStreamEvent } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { readJson } from '../http/read-json.ts';
import { toApiError } from '../http/error-response.ts';
import { prepareTurn } from '../services/take-turn.ts';
import type { KeyedMutex } from '../services/keyed-mutex.ts';
import { createTelemetry } from '../telemetry/telemetry.ts';
import { watchTurn } from '../telemetry/turn-telemetry.ts';

/**
 * `POST /v1/sessions/:id/turns`: the participant's answer and the interviewer's reply, as SSE (`delta`… then `done`,
 * or `error`) when the client accepts text/event-stream, else as JSON. SSE event names are wire names: never change.
 */
export function turnRoute(locks: KeyedMutex) {
  return new Hono<AppEnv>().post('/:id/turns', authenticate('session', 'secret'), limitCaller(), async (c) => {
    const startedMs = performance.now();
    const { deps } = c.var;
    const wantsStream = (c.req.header('accept') ?? '').includes('text/event-stream');
    // Duration, time to the first delta and a span per turn (telemetry/turn-telemetry.ts); no-ops while telemetry is off.
    const watch = watchTurn(deps.telemetry ?? createTelemetry(), { startedMs, stream: wantsStream, interviewer: deps.interviewer.kind });
    const prepared = await watch
      .within(async () => prepareTurn(deps, locks, c.var.principal, c.req.param('id'), await readJson(c, PostTurnRequest)))
      .catch((err: unknown) => {
        watch.end('error', toApiError(err).type);
        throw err;
      });
    if (!wantsStream) {
      if (prepared.kind === 'replay') {
        watch.end('replay');
        return c.json(prepared.result);
      }
      try {
        const result = await watch.within(() => prepared.run(async () => watch.delta()));
        watch.end('ok');
        return c.json(result);
      } catch (err) {
        watch.end('error', toApiError(err).type);
        throw err;
      }
    }
    return streamSSE(c, async (stream) => {
      let cutOff = false;
      // A client that goes away mid-reply must not stop the turn being stored: its retry gets the stored reply.
      const send = async (event: string, data: unknown) => {
        if (event === TurnStreamEvent.delta) watch.delta();
        if (!cutOff && !stream.aborted && !stream.closed) await stream.writeSSE({ event, data: JSON.stringify(data) }).catch(() => {});
      };
      try {
        const turn =
          prepared.kind === 'replay'
            ? send(TurnStreamEvent.delta, { text: prepared.result.reply.text }).then(() => prepared.result)
            : watch.within(() => prepared.run((text) => send(TurnStreamEvent.delta, { text })));
        const result = await untilShutdown(turn, deps.shutdown);
        if (result === SHUT_DOWN) {
          // The server is going away and this turn outlasted its drain limit: the widget sends it again (same turn id,
          // so it is never taken twice) to the next process. Nothing more of this turn goes out on this stream.
          await send(TurnStreamEvent.error, RESTARTING);
          cutOff = true;
          watch.end('cut');
          return;
        }
        await send(TurnStreamEvent.done, result);
        watch.end(prepared.kind === 'replay' ? 'replay' : 'ok');
      } catch (err) {
        const apiError = toApiError(err);
        if (apiError.status >= 500) deps.logger.error('turn_stream_failed', { requestId: c.var.requestId, error: String(err) });
        await send(TurnStreamEvent.error, { type: apiError.type, message: apiError.message });
        watch.end('error', apiError.type);
      }
    });
  });
}

const SHUT_DOWN = Symbol('shut down');
/** The `error` event of a stream cut by a shutdown; `upstream` so the widget retries. Wire text: keep it stable. */
const RESTARTING = { type: 'upstream', message: 'The server is restarting; send your answer again.' };

/** The turn's result, or SHUT_DOWN should the server's shutdown signal fire first. */
function untilShutdown<T>(turn: Promise<T>, shutdown: AbortSignal | undefined): Promise<T | typeof SHUT_DOWN> {
  if (!shutdown) return turn;
  if (shutdown.aborted) return Promise.resolve(SHUT_DOWN);
  return new Promise((resolve, reject) => {
    const onShutdown = () => resolve(SHUT_DOWN);
    shutdown.addEventListener('abort', onShutdown, { once: true });
    turn.then(resolve, reject).finally(() => shutdown.removeEventListener('abort', onShutdown));
  });
}
