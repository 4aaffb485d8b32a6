import { describe, expect, it } from 'vitest';
import { readRateLimits } from '../../src/ratelimit/rate-limit-settings.ts';
import { defaultRateLimits } from '../../src/ratelimit/rate-limiter.ts';
import { addressFromProxyHeaders } from '../../src/ratelimit/proxy-client-address.ts';

describe('rate limit settings from the environment', () => {
  it('are on with their defaults unless switched off, and off wins over any limit that is set', () => {
    expect(readRateLimits({})).toEqual(defaultRateLimits());
    expect(readRateLimits({ PARLEY_RATE_LIMITS: 'off' })).toBeNull();
    expect(readRateLimits({ PARLEY_RATE_LIMITS: 'off', PARLEY_RATE_LIMIT_TURNS: '5/60' })).toBeNull();
  });

  it('default to a per-workspace hourly cap on publishable session starts', () => {
    expect(defaultRateLimits().workspaceSessions).toEqual({ limit: 500, windowSeconds: 3600 });
    expect(readRateLimits({ PARLEY_RATE_LIMIT_WORKSPACE_SESSIONS: '50/1h' })?.workspaceSessions).toEqual({ limit: 50, windowSeconds: 3600 });
  });

  it('use the defaults when only switched on, and any limit that is set', () => {
    expect(readRateLimits({ PARLEY_RATE_LIMITS: 'on' })).toEqual(defaultRateLimits());
    expect(readRateLimits({ PARLEY_RATE_LIMIT_TURNS: '30/60s', PARLEY_RATE_LIMIT_SESSIONS: '10/1m', PARLEY_RATE_LIMIT_SECRET: '5000/1h' })).toEqual({
      turns: { limit: 30, windowSeconds: 60 },
      sessions: { limit: 10, windowSeconds: 60 },
      secret: { limit: 5000, windowSeconds: 3600 },
      workspaceSessions: defaultRateLimits().workspaceSessions,
    });
    expect(readRateLimits({ PARLEY_RATE_LIMIT_SECRET: '100/10' })).toEqual({ ...defaultRateLimits(), secret: { limit: 100, windowSeconds: 10 } });
  });

  it('refuse malformed values with the variable name', () => {
    expect(() => readRateLimits({ PARLEY_RATE_LIMIT_TURNS: 'lots' })).toThrow(/PARLEY_RATE_LIMIT_TURNS/);
    expect(() => readRateLimits({ PARLEY_RATE_LIMIT_TURNS: '0/60' })).toThrow(/PARLEY_RATE_LIMIT_TURNS/);
    expect(() => readRateLimits({ PARLEY_RATE_LIMITS: 'maybe' })).toThrow(/PARLEY_RATE_LIMITS/);
  });
});

describe('client address from a trusted proxy', () => {
  it("prefers cf-connecting-ip, else the last x-forwarded-for entry (the one the proxy saw)", () => {
    // cf-connecting-ip only when the operator said the proxy is Cloudflare: behind another proxy a client can forge it.
    expect(addressFromProxyHeaders(new Headers({ 'cf-connecting-ip': '198.51.100.4', 'x-forwarded-for': '1.1.1.1' }), 'cloudflare')).toBe('198.51.100.4');
    expect(addressFromProxyHeaders(new Headers({ 'cf-connecting-ip': '198.51.100.4', 'x-forwarded-for': '1.1.1.1' }))).toBe('1.1.1.1');
    expect(addressFromProxyHeaders(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe('203.0.113.9');
    expect(addressFromProxyHeaders(new Headers())).toBeUndefined();
  });
});
