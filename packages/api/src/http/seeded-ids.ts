import type { Clock, IdGenerator } from '../deps.ts';
import { randomIds } from '../platform/random-ids.ts';

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';
/** Bytes of keystream made up front (IdGenerator is synchronous, WebCrypto is not): room for ~30 ids and secrets. */
const BLOCKS = 32;

function base32(bytes: Uint8Array, chars: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

function timePart(ms: number): string {
  let out = '';
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD[ms % 32] + out;
    ms = Math.floor(ms / 32);
  }
  return out;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The ids and secrets of one keyed create, derived from its claim's secret seed: a retry that takes over a claim whose
 * request died gets the very same ones, so it rewrites the objects the dead request may have stored instead of adding
 * new ones. Ids are ULID-shaped with the claim's time (they still sort by creation) and a counter, so they sort in the
 * order made; secrets are 256 bits of SHA-256 keystream, unguessable without the seed, which never leaves the store.
 * Should a request need more than the keystream holds, the rest are random (that request is then not crash-exactly-once).
 */
export async function seededIds(seed: string, claimedAt: number): Promise<IdGenerator> {
  const blocks = await Promise.all(
    Array.from({ length: BLOCKS }, async (_, i) => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${seed}:${i}`)))),
  );
  const stream = new Uint8Array(BLOCKS * 32);
  blocks.forEach((b, i) => stream.set(b, i * 32));
  const fallback = randomIds();
  let offset = 0;
  let counter = 0;
  const take = (n: number): Uint8Array | undefined => (offset + n <= stream.length ? stream.subarray(offset, (offset += n)) : undefined);
  return {
    id: (prefix) => {
      const random = take(8);
      if (!random) return fallback.id(prefix);
      const bytes = new Uint8Array(10);
      bytes[0] = (counter >> 8) & 0xff;
      bytes[1] = counter++ & 0xff;
      bytes.set(random, 2);
      return `${prefix}_${timePart(claimedAt)}${base32(bytes, 16)}`;
    },
    secret: (prefix) => {
      const bytes = take(32);
      return bytes ? `${prefix}_${base64url(bytes)}` : fallback.secret(prefix);
    },
  };
}

/** A clock stopped at the claim's time, so a keyed create's retry stamps its objects exactly as the dead request did. */
export function claimClock(claimedAt: number): Clock {
  return { now: () => new Date(claimedAt) };
}
