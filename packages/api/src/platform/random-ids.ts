import { monotonicFactory } from 'ulid';
import type { IdGenerator } from '../deps.ts';

/** Ids that sort by creation time (lower-case ULIDs) and 256-bit base64url secrets from the platform CSPRNG. */
export function randomIds(): IdGenerator {
  const ulid = monotonicFactory();
  return {
    id: (prefix) => `${prefix}_${ulid().toLowerCase()}`,
    secret: (prefix) => {
      const bytes = crypto.getRandomValues(new Uint8Array(32));
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      return `${prefix}_${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    },
  };
}
