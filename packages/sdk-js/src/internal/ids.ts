/** A fresh Idempotency-Key for one create; the same key is sent on every retry of that create. */
export function newIdempotencyKey(): string {
  return `parley-sdk-${crypto.randomUUID()}`;
}

/** A fresh client-chosen turn id (`[A-Za-z0-9_-]{1,64}`); the same id is sent on every retry of that turn. */
export function newTurnId(): string {
  return `tu_${crypto.randomUUID().replace(/-/g, '')}`;
}
