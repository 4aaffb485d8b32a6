import { defaultRateLimits, RATE_LIMIT_BUCKETS, type RateLimit, type RateLimits } from './rate-limiter.ts';

/** The environment variable that sets each bucket's limit. */
export const RATE_LIMIT_VARIABLES = {
  turns: 'PARLEY_RATE_LIMIT_TURNS',
  sessions: 'PARLEY_RATE_LIMIT_SESSIONS',
  secret: 'PARLEY_RATE_LIMIT_SECRET',
  workspaceSessions: 'PARLEY_RATE_LIMIT_WORKSPACE_SESSIONS',
} as const;

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600 };
const LIMIT = /^(\d+)\s*\/\s*(\d+)\s*([smh]?)$/;

/** Parses "<count>/<window>", e.g. "60/60", "60/60s", "600/1m", "5000/1h". */
export function parseRateLimit(name: string, value: string): RateLimit {
  const m = LIMIT.exec(value.trim());
  const limit = Number(m?.[1]);
  const windowSeconds = Number(m?.[2]) * UNIT_SECONDS[m?.[3] || 's']!;
  if (!m || limit < 1 || windowSeconds < 1) throw new Error(`${name} must look like "60/60s" (count per window in s, m or h), got "${value}"`);
  return { limit, windowSeconds };
}

/**
 * The rate limits an environment asks for, or null for none. Limits are on by default — a fresh install prints a
 * publishable key that anyone may use, so without them anyone can fill its memory and disk — each bucket at its
 * default (defaultRateLimits) unless PARLEY_RATE_LIMIT_<BUCKET> sets it. PARLEY_RATE_LIMITS=off turns them all off,
 * whatever else is set: for load tests and benches, or behind a gateway that limits already.
 */
export function readRateLimits(env: Record<string, string | undefined>): RateLimits | null {
  const switchValue = env.PARLEY_RATE_LIMITS?.trim().toLowerCase();
  if (switchValue !== undefined && !['on', 'off', '1', '0', 'true', 'false', ''].includes(switchValue)) {
    throw new Error(`PARLEY_RATE_LIMITS must be "on" or "off", got "${env.PARLEY_RATE_LIMITS}"`);
  }
  if (switchValue === 'off' || switchValue === '0' || switchValue === 'false') return null;
  const limits = defaultRateLimits();
  for (const bucket of RATE_LIMIT_BUCKETS) {
    const value = env[RATE_LIMIT_VARIABLES[bucket]];
    if (value) limits[bucket] = parseRateLimit(RATE_LIMIT_VARIABLES[bucket], value);
  }
  return limits;
}
