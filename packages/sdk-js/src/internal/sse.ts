/** One server-sent event: its name (`message` when the server gave none) and its data lines joined by "\n". */
export interface ServerSentEvent {
  event: string;
  data: string;
}

/**
 * Reads a text/event-stream body into its events, in order, however the bytes are split (mid-line, mid-UTF-8,
 * CRLF across chunks). Comments, `id:` and `retry:` lines are ignored. Returning early, or `signal` firing, cancels
 * the body.
 */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>, signal?: AbortSignal): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  // Aborting cancels the body, which ends a pending read even where fetch does not tie the body to the signal.
  const onAbort = () => void reader.cancel().catch(() => {});
  signal?.addEventListener('abort', onAbort, { once: true });
  const decoder = new TextDecoder();
  let buffer = '';
  let pendingCR = false;
  let finished = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      let text: string = (pendingCR ? '\r' : '') + decoder.decode(value, { stream: true });
      pendingCR = text.endsWith('\r');
      if (pendingCR) text = text.slice(0, -1);
      buffer += text.replace(/\r\n?/g, '\n');
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = parseBlock(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (event) yield event;
      }
    }
    finished = true;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // An unfinished stream (the caller broke out, or it threw) is cancelled so the connection is released.
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

function parseBlock(block: string): ServerSentEvent | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length ? { event, data: data.join('\n') } : null;
}
