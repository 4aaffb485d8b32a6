/** A one-reader queue of pieces: the producer pushes at its own pace, the reader iterates them in order. */
export interface Channel<T> extends AsyncIterable<T> {
  push(item: T): void;
  close(): void;
  fail(error: unknown): void;
}

/**
 * Creates a channel. Production never waits for the reader, so a reply is finished (and can be stored) even when the
 * client stops reading half-way; the reader gets every piece pushed, then the end or the error.
 */
export function createChannel<T>(): Channel<T> {
  const items: T[] = [];
  let done = false;
  let error: { reason: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  return {
    push(item) {
      if (done) return;
      items.push(item);
      notify();
    },
    close() {
      done = true;
      notify();
    },
    fail(reason) {
      if (done) return;
      error = { reason };
      done = true;
      notify();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const item = items.shift();
        if (item !== undefined) {
          yield item;
          continue;
        }
        if (error) throw error.reason;
        if (done) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}
