import type { TrustedProxy } from '../ratelimit/proxy-client-address.ts';
import { resolve } from 'node:path';
import { readRedisSettings, type RedisSettings } from '../store/redis/redis-settings.ts';
import { readRateLimits } from '../ratelimit/rate-limit-settings.ts';
import type { RateLimits } from '../ratelimit/rate-limiter.ts';
import { readLlmConfig, type LlmConfig } from '../llm/config.ts';
import { readDemoSetting } from './demo-setting.ts';
import { readBaseUrl } from './base-url-setting.ts';
import { readTelemetrySettings, type TelemetrySettings } from './telemetry-settings.ts';

/** Settings the Node runtime reads from the environment (see README and API.md "Embedded default"). */
export interface NodeEnv {
  port: number;
  host: string;
  dataDir: string;
  /** PARLEY_RECOVER=truncate: open a damaged data directory by keeping what comes before the damage (docs/deploy-node.md). */
  recover: 'refuse' | 'truncate';
  adminKey?: string;
  secretKey?: string;
  publishableKey?: string;
  quiet: boolean;
  /** REDIS_URL, or UPSTASH_REDIS_REST_URL + _TOKEN: the Redis store instead of the embedded one; null = embedded. */
  redis: RedisSettings | null;
  /** PARLEY_RATE_LIMITS and PARLEY_RATE_LIMIT_*: the limits to apply; null = none. */
  rateLimits: RateLimits | null;
  /** PARLEY_TRUST_PROXY=1 (x-forwarded-for) or =cloudflare (cf-connecting-ip): the client address from the proxy, not the socket. */
  trustProxy: TrustedProxy | false;
  /** OPENAI_API_KEY / OPENAI_BASE_URL, PARLEY_MODEL…: the language-model interviewer and planner; null = offline. */
  llm: LlmConfig | null;
  /** PARLEY_WEBHOOK_ALLOW_PRIVATE=1: deliver webhooks inside the host's own network too (off: no SSRF into it). */
  webhookAllowPrivate: boolean;
  /** PARLEY_CONSOLE_ORIGINS (comma-separated; `*` any): other origins whose pages may use a secret key; default none. */
  secretKeyOrigins: string[];
  /** PARLEY_PUBLIC_URL: the address people reach this deployment at, for every link it hands out; unset: the request's. */
  publicUrl?: string;
  /** PARLEY_WIDGET_URL: where the widget bundles are served (a CDN); unset: `<public URL>/widget`, served by this process. */
  widgetUrl?: string;
  /** PARLEY_DEMO: the demo app at / and its two live demo studies (default: on unless the bootstrap keys come from the environment). */
  demo: boolean;
  /** PARLEY_OTEL, OTEL_EXPORTER_OTLP_ENDPOINT, PARLEY_METRICS…: traces and metrics (docs/operations.md); both off by default. */
  telemetry: TelemetrySettings;
}

function readRecoverMode(value: string | undefined): 'refuse' | 'truncate' {
  if (value === undefined || value === '') return 'refuse';
  if (value === 'truncate') return 'truncate';
  throw new Error(`PARLEY_RECOVER must be "truncate" (or unset), got "${value}"`);
}

/** Reads and checks the Node runtime's environment variables. */
export function readNodeEnv(env: NodeJS.ProcessEnv): NodeEnv {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.PARLEY_DATA_DIR ?? '.parley'),
    recover: readRecoverMode(env.PARLEY_RECOVER),
    ...(env.PARLEY_ADMIN_KEY ? { adminKey: env.PARLEY_ADMIN_KEY } : {}),
    ...(env.PARLEY_SECRET_KEY ? { secretKey: env.PARLEY_SECRET_KEY } : {}),
    ...(env.PARLEY_PUBLISHABLE_KEY ? { publishableKey: env.PARLEY_PUBLISHABLE_KEY } : {}),
    quiet: env.PARLEY_LOG_REQUESTS === '0',
    redis: readRedisSettings(env),
    rateLimits: readRateLimits(env),
    trustProxy: env.PARLEY_TRUST_PROXY === 'cloudflare' ? 'cloudflare' : env.PARLEY_TRUST_PROXY === '1' ? 'forwarded' : false,
    llm: readLlmConfig(env),
    webhookAllowPrivate: ['1', 'true', 'on'].includes((env.PARLEY_WEBHOOK_ALLOW_PRIVATE ?? '').toLowerCase()),
    demo: readDemoSetting(env),
    telemetry: readTelemetrySettings(env),
    ...optional('publicUrl', readBaseUrl('PARLEY_PUBLIC_URL', env.PARLEY_PUBLIC_URL)),
    ...optional('widgetUrl', readBaseUrl('PARLEY_WIDGET_URL', env.PARLEY_WIDGET_URL)),
    secretKeyOrigins: (env.PARLEY_CONSOLE_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
