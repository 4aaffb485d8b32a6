import type { RecoveryWarn } from './recovery.ts';

/** The longest wait between two repair attempts while the disk still refuses writes. */
const MAX_DELAY_MS = 30_000;

/**
 * Retries a store's repair after a failed write: waits `delayMs`, tries, and doubles the wait (up to 30 s) while it
 * keeps failing, so a full disk costs one cheap probe now and then rather than a rebuild per request.
 */
export class RepairLoop {
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delay: number;
  private stopped = false;

  constructor(
    private readonly opts: {
      delayMs: number;
      /** One repair attempt; rejects if the store is still broken. */
      attempt: () => Promise<void>;
      /** Whether the store still needs repair (checked after each attempt). */
      broken: () => boolean;
      warn: RecoveryWarn;
    },
  ) {
    this.delay = opts.delayMs;
  }

  /** Schedules an attempt unless one is pending; `failure` is the write failure that made the store need it. */
  schedule(failure?: Error): void {
    if (this.stopped || this.running || this.timer) return;
    if (failure) this.opts.warn('embedded_store_write_failed', { error: failure.message, retryInMs: this.delay });
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.opts
        .attempt()
        .then(() => {
          this.delay = this.opts.delayMs;
          this.opts.warn('embedded_store_repaired', {});
        })
        .catch((err: unknown) => {
          this.delay = Math.min(this.delay * 2, MAX_DELAY_MS);
          this.opts.warn('embedded_store_repair_failed', { error: (err as Error).message, retryInMs: this.delay });
        })
        .finally(() => {
          this.running = null;
          if (this.opts.broken()) this.schedule();
        });
    }, this.delay);
    // A store waiting for disk space must not keep the process alive on its own.
    this.timer.unref?.();
  }

  /** Stops scheduling and waits for an attempt in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
