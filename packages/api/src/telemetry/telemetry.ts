import { metrics, trace, type Counter, type Histogram, type MeterProvider, type Tracer, type TracerProvider } from '@opentelemetry/api';
import { DURATION_BUCKETS_S, METRIC, SCOPE, TOKEN_BUCKETS } from './names.ts';

/** The instruments Parley records into; created once per app from the providers it is given. */
export interface Instruments {
  httpDuration: Histogram;
  turnDuration: Histogram;
  turnFirstDelta: Histogram;
  modelDuration: Histogram;
  modelTokens: Histogram;
  storeDuration: Histogram;
  webhookDeliveries: Counter;
  webhookDuration: Histogram;
}

/**
 * Where the API reports traces and metrics. Code records through the OpenTelemetry API only; which SDK (if any) sits
 * behind it is the runtime's business (runtime/telemetry-setup.ts on Node). `enabled` is false when nothing collects:
 * then no store or model client is wrapped and no per-request middleware is installed, so "off" costs nothing.
 */
export interface Telemetry {
  readonly enabled: boolean;
  readonly tracer: Tracer;
  readonly instruments: Instruments;
}

/**
 * Builds the telemetry of an app from explicit providers (enabled), or, without them, from the global OpenTelemetry
 * API, which does nothing until a provider is registered (disabled: nothing is wrapped).
 */
export function createTelemetry(providers: { tracerProvider?: TracerProvider; meterProvider?: MeterProvider; version?: string } = {}): Telemetry {
  const enabled = Boolean(providers.tracerProvider || providers.meterProvider);
  const meter = (providers.meterProvider ?? metrics.getMeterProvider()).getMeter(SCOPE, providers.version);
  const tracer = (providers.tracerProvider ?? trace.getTracerProvider()).getTracer(SCOPE, providers.version);
  const seconds = (name: string, description: string) =>
    meter.createHistogram(name, { unit: 's', description, advice: { explicitBucketBoundaries: DURATION_BUCKETS_S } });
  return {
    enabled,
    tracer,
    instruments: {
      httpDuration: seconds(METRIC.httpDuration, 'Duration of HTTP server requests.'),
      turnDuration: seconds(METRIC.turnDuration, 'A participant turn, from request to its last event.'),
      turnFirstDelta: seconds(METRIC.turnFirstDelta, 'From a turn request to its first streamed delta.'),
      modelDuration: seconds(METRIC.modelDuration, 'One language-model request, to the end of its answer.'),
      modelTokens: meter.createHistogram(METRIC.modelTokens, {
        unit: '{token}',
        description: 'Tokens of one language-model request, as the model server reported them.',
        advice: { explicitBucketBoundaries: TOKEN_BUCKETS },
      }),
      storeDuration: seconds(METRIC.storeDuration, 'One call of the store.'),
      webhookDeliveries: meter.createCounter(METRIC.webhookDeliveries, { unit: '{attempt}', description: 'Webhook delivery attempts by outcome.' }),
      webhookDuration: seconds(METRIC.webhookDuration, 'One webhook delivery attempt.'),
    },
  };
}

