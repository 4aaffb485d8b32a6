/**
 * Whether a participant falls in a study's sample. Deterministic: the same person gets the same answer from the same
 * study every time (a 32-bit hash of "studyId:participantId" mapped to [0, 1)), and different studies sample independently.
 */
export function inSample(studyId: string, participantId: string, rate: number): boolean {
  if (rate >= 1) return true;
  if (rate <= 0) return false;
  let hash = 0x811c9dc5;
  const key = `${studyId}:${participantId}`;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // FNV-1a alone leaves near-identical ids ("user_1", "user_2") close together; murmur3's finaliser spreads them.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return (hash >>> 0) / 0x100000000 < rate;
}
