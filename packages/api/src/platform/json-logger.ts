import type { Logger } from '../deps.ts';

/** One JSON line per event on stdout/stderr; `quiet` drops per-request lines (benchmarks, tests). */
export function jsonLogger(options: { quiet?: boolean; write?: (line: string, isError: boolean) => void } = {}): Logger {
  const write = options.write ?? ((line, isError) => (isError ? process.stderr : process.stdout).write(line + '\n'));
  const emit = (level: string, event: string, fields?: Record<string, unknown>) =>
    write(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }), level === 'error');
  return {
    info: (event, fields) => {
      if (!(options.quiet && event === 'request')) emit('info', event, fields);
    },
    error: (event, fields) => emit('error', event, fields),
  };
}

/** A logger that drops everything, for tests that assert on responses only. */
export const silentLogger = (): Logger => ({ info: () => {}, error: () => {} });
