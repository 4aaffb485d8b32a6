/**
 * Every instrument, span and attribute name Parley reports, in one place. Metric names are what dashboards and alerts
 * are built on: renaming one breaks them silently, so treat them like wire names and never change them.
 * Units follow OpenTelemetry: durations in seconds (`s`), tokens as `{token}`. Prometheus adds the unit as a suffix
 * (`parley.turn.duration` → `parley_turn_duration_seconds`).
 */
export const METRIC = {
  /** HTTP server: every request, by method, route pattern and status (OpenTelemetry's HTTP semantic conventions). */
  httpDuration: 'http.server.request.duration',
  /** A whole turn, from its request to its last event (`done`, `error`), stream or JSON. */
  turnDuration: 'parley.turn.duration',
  /** From a turn's request to its first streamed delta: what a participant waits for before words appear. */
  turnFirstDelta: 'parley.turn.first_delta',
  /** One request to the language model, from sending to the end of its answer (or stream). */
  modelDuration: 'parley.model.duration',
  /** Tokens the model server reported for a request, by `gen_ai.token.type` (input / output). */
  modelTokens: 'parley.model.tokens',
  /** One call of the store port, by operation. */
  storeDuration: 'parley.store.duration',
  /** Webhook delivery attempts, by outcome (delivered / retrying / failed). */
  webhookDeliveries: 'parley.webhook.deliveries',
  /** One webhook delivery attempt, from sending to the receiver's answer (or giving up on it). */
  webhookDuration: 'parley.webhook.duration',
} as const;

/** Attribute keys. Values are always low-cardinality and never carry keys, participant text or workspace ids. */
export const ATTR = {
  /** `ok`, `replay` (a retried turn answered from the store), `error`, `cut` (shutdown), `gone` (the client left). */
  turnOutcome: 'parley.turn.outcome',
  /** Whether the turn was answered as SSE. */
  turnStream: 'parley.turn.stream',
  /** `offline` or `llm`. */
  interviewer: 'parley.interviewer',
  /** What the model was asked for: `interview`, `plan`, `analysis`. */
  modelUse: 'parley.model.use',
  /** The store operation (the port's method name, e.g. `commitTurn`). */
  storeOp: 'parley.store.operation',
  /** `embedded` or `redis`. */
  storeKind: 'parley.store.kind',
  /** `delivered`, `retrying` (it will be tried again) or `failed` (given up). */
  webhookOutcome: 'parley.webhook.outcome',
  /** The event type delivered, e.g. `session.completed`. */
  webhookEvent: 'parley.webhook.event',
  // OpenTelemetry GenAI semantic conventions (still "development", so spelled out here rather than imported).
  genAiOperation: 'gen_ai.operation.name',
  genAiRequestModel: 'gen_ai.request.model',
  genAiTokenType: 'gen_ai.token.type',
  genAiInputTokens: 'gen_ai.usage.input_tokens',
  genAiOutputTokens: 'gen_ai.usage.output_tokens',
} as const;

/** Histogram buckets, in seconds: from a fast store call (1 ms) to a slow model reply (a minute). */
export const DURATION_BUCKETS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 7.5, 10, 20, 30, 60];

/** Histogram buckets for token counts per request. */
export const TOKEN_BUCKETS = [16, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768];

/** The instrumentation scope every meter and tracer of Parley reports under. */
export const SCOPE = '@parley/api';
