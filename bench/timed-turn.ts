/** One SSE turn sent over HTTP and timed: ms to the first `delta` bytes, ms to the end, and the whole stream text. */
export async function timedTurn(
  base: string,
  session: { id: string; token: string },
  turn: { id: string; text: string },
): Promise<{ firstDeltaMs: number; totalMs: number; text: string }> {
  const t0 = performance.now();
  const res = await fetch(`${base}/v1/sessions/${session.id}/turns`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}`, accept: 'text/event-stream', 'content-type': 'application/json' },
    body: JSON.stringify(turn),
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let firstDeltaMs = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (!firstDeltaMs && text.includes('event: delta')) firstDeltaMs = performance.now() - t0;
  }
  return { firstDeltaMs, totalMs: performance.now() - t0, text };
}
