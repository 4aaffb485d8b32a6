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

/**
 * `POST /v1/sessions/:id/turns`: the participant's answer and the interviewer's reply, as SSE (`delta`… then `done`,
 * or `error`) when the client accepts text/event-stream, else as JSON. SSE event names are wire names: never change.
 */
export function turnRoute(locks: KeyedMutex) {
  return new Hono<AppEnv>().post('/:id/turns', authenticate('session', 'secret'), limitCaller(), async (c) => {
    const input = await readJson(c, PostTurnRequest);
    const prepared = await prepareTurn(c.var.deps, locks, c.var.principal, c.req.param('id'), input);
    const wantsStream = (c.req.header('accept') ?? '').includes('text/event-stream');
    if (!wantsStream) {
      if (prepared.kind === 'replay') return c.json(prepared.result);
      return c.json(await prepared.run(async () => {}));
    }
    return streamSSE(c, async (stream) => {
      // A client that goes away mid-reply must not stop the turn being stored: its retry gets the stored reply.
      const send = async (event: string, data: unknown) => {
        if (!stream.aborted && !stream.closed) await stream.writeSSE({ event, data: JSON.stringify(data) }).catch(() => {});
      };
      try {
        const result =
          prepared.kind === 'replay'
            ? (await send(TurnStreamEvent.delta, { text: prepared.result.reply.text }), prepared.result)
            : await prepared.run((text) => send(TurnStreamEvent.delta, { text }));
        await send(TurnStreamEvent.done, result);
      } catch (err) {
        const apiError = toApiError(err);
        if (apiError.status >= 500) c.var.deps.logger.error('turn_stream_failed', { requestId: c.var.requestId, error: String(err) });
        await send(TurnStreamEvent.error, { type: apiError.type, message: apiError.message });
      }
    });
  });
}
