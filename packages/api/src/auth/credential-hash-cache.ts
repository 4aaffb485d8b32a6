import { hashCredential } from './hash-credential.ts';

/**
 * Remembers the hashes of recently seen credentials: Web Crypto's async digest costs more than the rest of a turn's
 * authentication, and a widget sends the same session token on every turn. Bounded, oldest entry evicted first.
 */
export class CredentialHashCache {
  private readonly hashes = new Map<string, Promise<string>>();
  constructor(private readonly capacity = 10_000) {}

  /** The SHA-256 hex hash of a credential. */
  hash(credential: string): Promise<string> {
    const known = this.hashes.get(credential);
    if (known) return known;
    const computed = hashCredential(credential);
    if (this.hashes.size >= this.capacity) this.hashes.delete(this.hashes.keys().next().value!);
    this.hashes.set(credential, computed);
    return computed;
  }
}
