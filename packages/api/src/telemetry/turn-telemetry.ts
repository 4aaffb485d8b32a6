import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE } from '@opentelemetry/semantic-conventions';
import type { Telemetry } from './telemetry.ts';
import { ATTR } from './names.ts';

/** How a turn ended, for `parley.turn.outcome`. */
export type TurnOutcome = 'ok' | 'replay' | 'error' | 'cut';

/** The watch on one turn: call `delta` for each streamed piece and `end` once. */
export interface TurnWatch {
  delta(): void;
  /** Runs the turn's work with its span active, so model and store spans nest under it. */
  within<T>(work: () => T): T;
  end(outcome: TurnOutcome, errorType?: string): void;
}

/**
 * Starts timing a turn (its `parley.turn` span, `parley.turn.duration`, and `parley.turn.first_delta` at its first
 * delta), from `startedMs` (a `performance.now()` reading taken when the request arrived). Attributes say how it was
 * answered (stream or JSON), by which interviewer, and how it ended; never the session, its text or its workspace.
 */
export function watchTurn(telemetry: Telemetry, options: { startedMs: number; stream: boolean; interviewer: string }): TurnWatch {
  const { tracer, instruments } = telemetry;
  const base = { [ATTR.turnStream]: options.stream, [ATTR.interviewer]: options.interviewer };
  const span = tracer.startSpan('parley.turn', { attributes: base, startTime: performance.timeOrigin + options.startedMs });
  let sawDelta = false;
  let ended = false;
  return {
    delta() {
      if (sawDelta || ended) return;
      sawDelta = true;
      instruments.turnFirstDelta.record((performance.now() - options.startedMs) / 1000, base);
      span.addEvent('first_delta');
    },
    within: (work) => context.with(trace.setSpan(context.active(), span), work),
    end(outcome, errorType) {
      if (ended) return;
      ended = true;
      const attributes = { ...base, [ATTR.turnOutcome]: outcome, ...(errorType ? { [ATTR_ERROR_TYPE]: errorType } : {}) };
      instruments.turnDuration.record((performance.now() - options.startedMs) / 1000, attributes);
      span.setAttributes(attributes);
      if (outcome === 'error') span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}
