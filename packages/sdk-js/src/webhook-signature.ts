import { WebhookVerificationError } from './errors.ts';
import type { WebhookEventPayload } from './webhook-events.ts';

/** A delivery's request headers: a fetch `Headers`, or a plain object such as Node's `req.headers` / Express's. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

// The delivery header's name; a wire name of API.md, never rename.
const SIGNATURE_HEADER = 'parley-signature';

/** Options of `Parley.webhooks.verify`. */
export interface VerifyOptions {
  /** How far the signature's timestamp may be from now, either way, in seconds (default 300). */
  toleranceSeconds?: number;
  /** The current time in ms (default `Date.now`); for tests. */
  now?: () => number;
}

const encoder = new TextEncoder();

/**
 * Checks a delivery's `parley-signature: t=<unix>,v1=<hex>` header — HMAC-SHA256 of `"<t>.<raw body>"` with the
 * endpoint's secret — and its timestamp, then returns the parsed body. Throws WebhookVerificationError otherwise.
 * Pass the raw body exactly as received (not re-serialised JSON). Web Crypto only: Node 20, browsers, Workers, Deno, Bun.
 */
export async function verifyWebhook(
  body: string | Uint8Array,
  header: string | null | undefined,
  secret: string,
  { toleranceSeconds = 300, now = Date.now }: VerifyOptions = {},
): Promise<WebhookEventPayload> {
  if (!header) throw new WebhookVerificationError('The parley-signature header is missing.');
  if (!secret) throw new WebhookVerificationError('No webhook secret was given to verify with.');
  const { timestamp, signatures } = parseSignatureHeader(header);
  if (timestamp === undefined || signatures.length === 0) {
    throw new WebhookVerificationError('The parley-signature header is malformed; expected "t=<unix>,v1=<hex>".');
  }
  if (Math.abs(now() / 1000 - timestamp) > toleranceSeconds) {
    throw new WebhookVerificationError(`The signature's timestamp is more than ${toleranceSeconds} s from now; refusing a possible replay.`);
  }
  const key = await hmacKey(secret, 'verify');
  const payload = signedPayload(timestamp, body);
  let valid = false;
  for (const hex of signatures) {
    const bytes = hexToBytes(hex);
    // subtle.verify compares in constant time.
    if (bytes && (await crypto.subtle.verify('HMAC', key, bytes, payload))) valid = true;
  }
  if (!valid) throw new WebhookVerificationError('The signature does not match the body and secret.');
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  try {
    return JSON.parse(text) as WebhookEventPayload;
  } catch {
    throw new WebhookVerificationError('The signed body is not JSON.');
  }
}

/** Like `verifyWebhook`, taking the request's headers whole (it finds `parley-signature` itself): the usual receiver's call. */
export function unwrapWebhook(body: string | Uint8Array, headers: WebhookHeaders, secret: string, options?: VerifyOptions): Promise<WebhookEventPayload> {
  return verifyWebhook(body, signatureOf(headers), secret, options);
}

function signatureOf(headers: WebhookHeaders): string | undefined {
  if (headers instanceof Headers) return headers.get(SIGNATURE_HEADER) ?? undefined;
  // Node lower-cases incoming header names, but a hand-made object may not.
  const key = Object.keys(headers).find((k) => k.toLowerCase() === SIGNATURE_HEADER);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Makes a `parley-signature` header value for a body, as the API does; for testing your receiver. */
export async function signWebhook(body: string | Uint8Array, secret: string, timestamp = Math.floor(Date.now() / 1000)): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), signedPayload(timestamp, body));
  const hex = Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, '0')).join('');
  return `t=${timestamp},v1=${hex}`;
}

function parseSignatureHeader(header: string): { timestamp: number | undefined; signatures: string[] } {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (name === 'v1') signatures.push(value);
  }
  return { timestamp, signatures };
}

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

function signedPayload(timestamp: number, body: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${timestamp}.`);
  const rest = typeof body === 'string' ? encoder.encode(body) : body;
  const out = new Uint8Array(prefix.length + rest.length);
  out.set(prefix);
  out.set(rest, prefix.length);
  return out;
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
