import type { APIPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import { EventStream } from '../streaming.ts';
import type { Requester, RequestSpec } from './requester.ts';

/** Opens a server-sent-events stream; retried only until it opens, never once it has started. */
export function openStream<TDelta, TDone>(requester: Requester, spec: RequestSpec, options: RequestOptions = {}): APIPromise<EventStream<TDelta, TDone>> {
  return requester.send({ ...spec, accept: 'text/event-stream' }, options, async (res, attempt) => {
    attempt.clearTimeout();
    return new EventStream<TDelta, TDone>(res, attempt);
  });
}
