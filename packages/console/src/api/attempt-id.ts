/** A fresh random id for an Idempotency-Key (crypto.randomUUID needs a secure context; plain-http LAN hosts lack it). */
export function attemptId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
