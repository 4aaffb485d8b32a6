/** Words per streamed piece: small enough to render as it arrives, large enough not to flood the SSE stream. */
const WORDS_PER_PIECE = 3;

/** Splits text into pieces of a few words that join back to exactly the same text. */
export function splitIntoPieces(text: string, wordsPerPiece = WORDS_PER_PIECE): string[] {
  const words = text.match(/\s*\S+\s*/g) ?? [];
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerPiece) pieces.push(words.slice(i, i + wordsPerPiece).join(''));
  return pieces;
}

/**
 * Streams text a few words at a time, letting other sessions' work run between pieces (no sleeping). The first
 * piece goes out at once: waiting behind every other session's queued pieces would only delay the first delta.
 */
export async function* streamPieces(text: string): AsyncIterable<string> {
  let first = true;
  for (const piece of splitIntoPieces(text)) {
    if (!first) await yieldToEventLoop();
    first = false;
    yield piece;
  }
}

/** Gives the event loop a turn: setImmediate on Node, a zero timeout on runtimes without it. */
export function yieldToEventLoop(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (fn: () => void) => unknown }).setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}
