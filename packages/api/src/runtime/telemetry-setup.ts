import { context, diag, DiagLogLevel, metrics, trace } from '@opentelemetry/api';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { MeterProvider, PeriodicExportingMetricReader, type MetricReader } from '@opentelemetry/sdk-metrics';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import type { Logger } from '../deps.ts';
import { createTelemetry, type Telemetry } from '../telemetry/telemetry.ts';
import type { TelemetrySettings } from './telemetry-settings.ts';
import { NodeContextManager } from './telemetry-context.ts';
import { startMetricsServer, type MetricsServer } from './telemetry-metrics-server.ts';

/** Telemetry that is collecting: what to hand the app, and how to flush and stop it. */
export interface RunningTelemetry {
  telemetry: Telemetry;
  /** The Prometheus listener's address, when PARLEY_METRICS=prometheus. */
  metricsUrl?: string;
  /** Exports what is buffered (spans, the last metrics), stops the listener and unregisters everything. */
  shutdown(): Promise<void>;
}

/**
 * Sets up the OpenTelemetry SDK as the settings ask: OTLP/HTTP traces and metrics, a Prometheus listener, or both;
 * null (and nothing registered, nothing listening) when both are off. The providers are registered globally with a
 * context manager, so spans nest across `await`; the SDK's own warnings become JSON log lines.
 */
export async function startTelemetry(settings: TelemetrySettings, options: { version: string; logger: Logger }): Promise<RunningTelemetry | null> {
  if (!settings.otlp && !settings.prometheus) return null;
  const { logger } = options;
  const resource = defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName, [ATTR_SERVICE_VERSION]: options.version }));
  const readers: MetricReader[] = [];
  let prometheus: PrometheusExporter | undefined;
  if (settings.otlp) {
    readers.push(new PeriodicExportingMetricReader({ exporter: new OTLPMetricExporter({ url: settings.otlp.metricsUrl }), exportIntervalMillis: settings.otlp.exportIntervalMs }));
  }
  if (settings.prometheus) {
    // Its own HTTP server stays off: ours (telemetry-metrics-server.ts) chooses the host and checks the token.
    prometheus = new PrometheusExporter({ preventServerStart: true });
    readers.push(prometheus);
  }
  const meterProvider = new MeterProvider({ resource, readers });
  const tracerProvider = settings.otlp
    ? new BasicTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: settings.otlp.tracesUrl }))] })
    : undefined;

  diag.setLogger(
    {
      error: (message) => logger.error('telemetry_error', { message }),
      warn: (message) => logger.info('telemetry_warning', { message }),
      info: () => {},
      debug: () => {},
      verbose: () => {},
    },
    DiagLogLevel.WARN,
  );
  const contextManager = new NodeContextManager();
  context.setGlobalContextManager(contextManager);
  metrics.setGlobalMeterProvider(meterProvider);
  if (tracerProvider) trace.setGlobalTracerProvider(tracerProvider);

  let server: MetricsServer | undefined;
  if (settings.prometheus && prometheus) {
    const exporter = prometheus;
    server = await startMetricsServer(settings.prometheus, (req, res) => exporter.getMetricsRequestHandler(req, res));
  }
  logger.info('telemetry_started', {
    otlp: settings.otlp ? { traces: settings.otlp.tracesUrl, metrics: settings.otlp.metricsUrl } : 'off',
    prometheus: server ? server.url : 'off',
    serviceName: settings.serviceName,
  });
  return {
    telemetry: createTelemetry({ meterProvider, ...(tracerProvider ? { tracerProvider } : {}), version: options.version }),
    ...(server ? { metricsUrl: server.url } : {}),
    async shutdown() {
      await server?.close();
      await Promise.allSettled([tracerProvider?.shutdown(), meterProvider.shutdown()]);
      trace.disable();
      metrics.disable();
      context.disable();
      diag.disable();
    },
  };
}
