/** Keeps the background work in flight per study, so reads can wait for it and tests and shutdown can drain it. */
export class WorkTracker {
  private readonly byKey = new Map<string, Set<Promise<unknown>>>();

  /** Registers work for a study until it settles. */
  track(key: string, work: Promise<unknown>): void {
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    set.add(work);
    const done = () => {
      set.delete(work);
      if (set.size === 0 && this.byKey.get(key) === set) this.byKey.delete(key);
    };
    work.then(done, done);
  }

  /** Work in flight for a study. */
  count(key: string): number {
    return this.byKey.get(key)?.size ?? 0;
  }

  /** Resolves once a study has no work in flight, including work started while waiting. */
  async drained(key: string): Promise<void> {
    for (let set = this.byKey.get(key); set && set.size > 0; set = this.byKey.get(key)) await Promise.allSettled([...set]);
  }

  /** Whether any work is in flight. */
  busy(): boolean {
    return this.byKey.size > 0;
  }

  /** Resolves once no study has work in flight. */
  async idle(): Promise<void> {
    while (this.byKey.size > 0) await Promise.allSettled([...this.byKey.values()].flatMap((s) => [...s]));
  }
}
