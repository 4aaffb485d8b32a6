import type { makeTestApp } from './harness.ts';

/** Fires `n` session starts at once (each for its own participant) and returns their statuses. */
export async function parallelStarts(t: Awaited<ReturnType<typeof makeTestApp>>, key: string, studyId: string, n: number): Promise<number[]> {
  const all = await Promise.all(Array.from({ length: n }, (_, i) => t.call('POST', '/v1/sessions', { key, body: { studyId, participant: { id: `u_${i}` } } })));
  return all.map((r) => r.status);
}
