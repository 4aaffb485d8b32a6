/** How the Node runtime reports traces and metrics, read from the environment (docs/operations.md). */
export interface TelemetrySettings {
  /** PARLEY_OTEL=on: traces and metrics go over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (default http://localhost:4318). */
  otlp: { tracesUrl: string; metricsUrl: string; exportIntervalMs: number } | null;
  /** PARLEY_METRICS=prometheus: Prometheus text at /metrics on a separate listener (never on the API's port). */
  prometheus: { host: string; port: number; token?: string } | null;
  /** OTEL_SERVICE_NAME, default `parley`. */
  serviceName: string;
}

/** The default OTLP/HTTP collector address, as the OpenTelemetry specification gives it. */
const DEFAULT_OTLP_ENDPOINT = 'http://localhost:4318';
/** The port Prometheus exporters use by convention (the OpenTelemetry exporter's default). */
export const DEFAULT_METRICS_PORT = 9464;

/**
 * Reads the telemetry settings; both halves are off unless asked for. OTEL_SDK_DISABLED=true wins over everything,
 * as the OpenTelemetry specification says. Values that are not understood stop start-up instead of being guessed.
 */
export function readTelemetrySettings(env: Record<string, string | undefined>): TelemetrySettings {
  const get = (name: string) => env[name]?.trim() || undefined;
  const serviceName = get('OTEL_SERVICE_NAME') ?? 'parley';
  const otel = get('PARLEY_OTEL') ?? 'off';
  if (otel !== 'on' && otel !== 'off') throw new Error(`PARLEY_OTEL must be "on" or "off", got "${otel}"`);
  const metrics = get('PARLEY_METRICS') ?? 'off';
  if (metrics !== 'prometheus' && metrics !== 'off') throw new Error(`PARLEY_METRICS must be "prometheus" or "off", got "${metrics}"`);
  if (get('OTEL_SDK_DISABLED')?.toLowerCase() === 'true') return { otlp: null, prometheus: null, serviceName };
  const endpoint = (get('OTEL_EXPORTER_OTLP_ENDPOINT') ?? DEFAULT_OTLP_ENDPOINT).replace(/\/+$/, '');
  if (otel === 'on' && !/^https?:\/\/\S+$/i.test(endpoint)) throw new Error(`OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
  const port = Number(get('PARLEY_METRICS_PORT') ?? DEFAULT_METRICS_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PARLEY_METRICS_PORT must be a port number, got "${env.PARLEY_METRICS_PORT}"`);
  const interval = Number(get('OTEL_METRIC_EXPORT_INTERVAL') ?? 60_000);
  if (!Number.isInteger(interval) || interval < 100) throw new Error(`OTEL_METRIC_EXPORT_INTERVAL must be milliseconds (100 or more), got "${env.OTEL_METRIC_EXPORT_INTERVAL}"`);
  const token = get('PARLEY_METRICS_TOKEN');
  return {
    serviceName,
    otlp:
      otel === 'on'
        ? {
            // Signal-specific endpoints are used as given; the general one gets the signal's path (the spec's rule).
            tracesUrl: get('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') ?? `${endpoint}/v1/traces`,
            metricsUrl: get('OTEL_EXPORTER_OTLP_METRICS_ENDPOINT') ?? `${endpoint}/v1/metrics`,
            exportIntervalMs: interval,
          }
        : null,
    prometheus: metrics === 'prometheus' ? { host: get('PARLEY_METRICS_HOST') ?? '127.0.0.1', port, ...(token ? { token } : {}) } : null,
  };
}
