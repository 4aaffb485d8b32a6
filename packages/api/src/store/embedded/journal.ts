import { StoreUnavailableError } from '../store.ts';
import { encodeLine } from './journal-format.ts';

/** The part of a file handle the journal writes through; node's FileHandle fits, tests wrap it to inject faults. */
export interface JournalFile {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  datasync(): Promise<void>;
  close(): Promise<void>;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Callers that stop listening (a barrier nobody awaits any more) must not turn a failure into an unhandled rejection.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

interface Batch extends Deferred<void> {
  lines: string[];
}

interface Rotation extends Deferred<unknown> {
  capture: () => unknown;
  openNext: () => Promise<{ file: JournalFile; size: number }>;
}

/**
 * The append-only write-ahead journal with group commit: lines appended while a write+fdatasync is in flight wait in one
 * open batch, which becomes the next single write+fdatasync. So a burst of N concurrent writes costs about two fsyncs,
 * not N, and each append resolves only once its line is on disk.
 * After any failed write the journal is failed for good: everything pending and everything later rejects with
 * StoreUnavailableError, because memory already holds changes the disk may not. The store then rebuilds itself from
 * disk with a new Journal once the disk takes writes again (see EmbeddedStore.repair).
 */
export class Journal {
  /** The failure that stopped the journal, if any. */
  failure: StoreUnavailableError | null = null;
  /**
   * Set when a batch write failed: the current file's good length. Bytes past it belong to a write that was refused
   * (possibly partly written, or written but not synced) and must be cut off before the file is read again.
   */
  goodSize: number | null = null;
  private open: Batch | null = null;
  private rotation: Rotation | null = null;
  private tail: Promise<void> = Promise.resolve();
  private running = false;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    private file: JournalFile,
    /** Bytes in the current journal file. */
    public size: number,
    private readonly afterFlush: (size: number) => void,
    /** Called once, when the journal fails. */
    private readonly onFail: (failure: StoreUnavailableError) => void = () => {},
  ) {}

  /** Queues one line (without newline); resolves when it is durable. */
  append(line: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (!this.open) {
      this.open = { ...deferred<void>(), lines: [] };
      this.tail = this.open.promise;
    }
    this.open.lines.push(line);
    this.kick();
    return this.open.promise;
  }

  /** Resolves once every line appended so far is durable; already resolved when nothing is pending. */
  barrier(): Promise<void> {
    return this.failure ? Promise.reject(this.failure) : this.tail;
  }

  /**
   * Switches to a new journal file at the next batch boundary. `capture` runs synchronously at the exact point where
   * memory holds everything in the old file and nothing of the new one; its result is what this resolves to.
   */
  rotate<T>(capture: () => T, openNext: () => Promise<{ file: JournalFile; size: number }>): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.rotation) return Promise.reject(new Error('a journal rotation is already pending'));
    const rotation: Rotation = { ...deferred<unknown>(), capture, openNext };
    this.rotation = rotation;
    this.kick();
    return rotation.promise as Promise<T>;
  }

  /** Stops the journal: everything pending and everything later rejects with this error. */
  fail(cause: unknown): StoreUnavailableError {
    const first = this.failure === null;
    this.failure ??=
      cause instanceof StoreUnavailableError
        ? cause
        : new StoreUnavailableError(
            `embedded store: a journal write failed (${(cause as NodeJS.ErrnoException)?.code ?? (cause as Error)?.message ?? cause}); writes are refused until the disk takes writes again`,
            { cause },
          );
    if (first) this.onFail(this.failure);
    this.open?.reject(this.failure);
    this.rotation?.reject(this.failure);
    this.open = null;
    this.rotation = null;
    return this.failure;
  }

  /** Waits for pending writes to finish (or fail), then closes the file. */
  async close(): Promise<void> {
    while (this.running) await this.loop;
    await this.file.close().catch(() => {});
  }

  private kick(): void {
    if (this.running) return;
    this.running = true;
    // Starting in a microtask lets every write issued in the same tick share the first batch too.
    this.loop = Promise.resolve().then(() => this.run());
  }

  /**
   * Flushes batches until none is left. `running` drops in the very step that finds nothing to do: a flag cleared
   * any later (after an await) would let an append slip in between, see the loop still "running", and be stranded.
   */
  private async run(): Promise<void> {
    for (;;) {
      const batch = this.open;
      const rotation = this.rotation;
      if (this.failure || (!batch && !rotation)) {
        this.running = false;
        return;
      }
      this.open = null;
      this.rotation = null;
      const sizeBefore = this.size;
      let writing = false;
      try {
        const captured = rotation?.capture();
        writing = batch !== null;
        if (batch) await this.write(batch.lines);
        writing = false;
        batch?.resolve();
        if (rotation) {
          await this.file.close();
          const next = await rotation.openNext();
          this.file = next.file;
          this.size = next.size;
          rotation.resolve(captured);
        } else {
          this.afterFlush(this.size);
        }
      } catch (err) {
        if (writing) this.goodSize = sizeBefore;
        const failure = this.fail(err);
        batch?.reject(failure);
        rotation?.reject(failure);
      }
    }
  }

  private async write(lines: string[]): Promise<void> {
    let text = '';
    for (const line of lines) text += encodeLine(line) + '\n';
    const buf = Buffer.from(text, 'utf8');
    let off = 0;
    while (off < buf.length) off += (await this.file.write(buf, off, buf.length - off)).bytesWritten;
    await this.file.datasync();
    this.size += buf.length;
  }
}
