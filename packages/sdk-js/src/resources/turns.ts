import type { APIPromise } from '../api-promise.ts';
import { APIResource } from '../resource.ts';
import { openStream } from '../internal/open-stream.ts';
import { path } from '../internal/path.ts';
import { newTurnId } from '../internal/ids.ts';
import type { RequestOptions } from '../request-options.ts';
import type { EventStream } from '../streaming.ts';
import type { TextDelta, TurnCreateParams, TurnResult } from '../types.ts';

/**
 * `client.sessions.turns`: the participant's answers. Every turn carries a turn id (yours, or a fresh one the SDK
 * makes), and the API stores a turn id once, so a turn is retried safely with the same id.
 */
export class Turns extends APIResource {
  /** Sends an answer and resolves with the stored turn, the interviewer's reply, progress and status. */
  create(sessionId: string, params: TurnCreateParams, options?: RequestOptions): APIPromise<TurnResult> {
    const body = { ...params, id: params.id ?? newTurnId() };
    return this._requester.json({ method: 'POST', path: path`/v1/sessions/${sessionId}/turns`, body, retryable: true }, options);
  }

  /**
   * Sends an answer and streams the reply: `for await` yields `{ text }` pieces as the interviewer produces them,
   * `final()` resolves with the same result as `create`. Retried only until the stream opens.
   */
  stream(sessionId: string, params: TurnCreateParams, options?: RequestOptions): APIPromise<EventStream<TextDelta, TurnResult>> {
    const body = { ...params, id: params.id ?? newTurnId() };
    return openStream(this._requester, { method: 'POST', path: path`/v1/sessions/${sessionId}/turns`, body, retryable: true }, options);
  }
}
