import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorResponse, setup } from './helpers.ts';
import type { Logger, LogLevel } from '../src/index.ts';

let s: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  s = await setup();
});
afterEach(() => {
  vi.unstubAllEnvs();
  return s.cleanup();
});

/** A logger that keeps every line, as `level message json`. */
function recorder() {
  const lines: string[] = [];
  const at = (level: string) => (message: string, ...rest: unknown[]) => void lines.push(`${level} ${message} ${JSON.stringify(rest)}`);
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { lines, logger };
}

describe('logLevel and logger', () => {
  it('debug logs each request and response, with the Authorization header redacted', async () => {
    const { lines, logger } = recorder();
    const client = s.clientWith({ logLevel: 'debug', logger });
    await client.studies.list();
    await client.sessions.turns.create('se_nope', { text: 'hi' }, { apiKey: 'sess_secret_token' }).catch(() => {});
    expect(lines.some((l) => /^debug \[parley\] GET http:\/\/parley\.test\/v1\/studies/.test(l))).toBe(true);
    expect(lines.some((l) => /answered 200/.test(l) && /req_/.test(l))).toBe(true);
    expect(lines.some((l) => /^info .*failed: 401/.test(l))).toBe(true); // an unknown session token
    const all = lines.join('\n');
    expect(all).toContain('"authorization":"***"');
    expect(all).not.toContain(s.ws.secretKey);
    expect(all).not.toContain('sess_secret_token');
  });

  it('info logs retries and failures but not each request; warn (the default) and off log nothing for them', async () => {
    let calls = 0;
    s.intercept((_r, _i, real) => (calls++ === 0 ? errorResponse(503, 'upstream', { 'retry-after-ms': '0' }) : real()));
    const count = async (level: LogLevel | undefined) => {
      const { lines, logger } = recorder();
      calls = 0;
      await s.clientWith({ logger, ...(level ? { logLevel: level } : {}) }).studies.list();
      await s.clientWith({ logger, ...(level ? { logLevel: level } : {}) }).studies.retrieve('st_nope').catch(() => {});
      return lines;
    };
    const info = await count('info');
    expect(info.map((l) => l.split(' ')[0])).toEqual(['info', 'info']);
    expect(info[0]).toMatch(/answered 503; retrying in 0 ms/);
    expect(await count(undefined)).toEqual([]);
    expect(await count('off')).toEqual([]);
  });

  it('reads PARLEY_LOG, and says so when it is not a level', async () => {
    const { lines, logger } = recorder();
    vi.stubEnv('PARLEY_LOG', 'debug');
    const client = s.clientWith({ logger });
    expect(client.logLevel).toBe('debug');
    await client.health();
    expect(lines.length).toBeGreaterThan(0);
    vi.stubEnv('PARLEY_LOG', 'loud');
    expect(s.clientWith({ logger }).logLevel).toBe('warn');
    expect(lines.at(-1)).toMatch(/^warn \[parley\] PARLEY_LOG=loud is not one of/);
    expect(s.clientWith({ logger, logLevel: 'off' }).logLevel).toBe('off');
  });
});
