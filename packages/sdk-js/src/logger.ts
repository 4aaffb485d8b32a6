/** Where the SDK's log lines go; `console` fits, as does pino or winston. */
export interface Logger {
  debug(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  error(message: string, ...rest: unknown[]): void;
}

/** How much the SDK logs: `debug` every request and response; `info` retries and failed calls; `warn` misconfiguration; `off` nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, off: 4 };

/** Whether a string names a log level (for the `PARLEY_LOG` environment variable, which nothing type-checks). */
export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

/** A logger that passes on only lines at `level` or above; each line is prefixed so it can be told from the app's own. */
export function levelled(logger: Logger, level: LogLevel): Logger {
  const at = (l: Exclude<LogLevel, 'off'>) =>
    RANK[l] >= RANK[level] ? (message: string, ...rest: unknown[]) => logger[l](`[parley] ${message}`, ...rest) : () => {};
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

// Headers whose values are credentials: a log line must never carry them (logs are read by more people than keys are).
const SECRET_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'x-api-key', 'proxy-authorization']);

/** A copy of request or response headers fit for a log line: credentials replaced by `***`. */
export function redactHeaders(headers: Record<string, string> | Headers): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? '***' : value;
  return out;
}
