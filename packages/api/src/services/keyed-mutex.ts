/** Serialises async work per key within one process (e.g. turns of one session), so retries never race each other. */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  /** Waits until every earlier holder of `key` has released it; returns this holder's release function. */
  async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}
