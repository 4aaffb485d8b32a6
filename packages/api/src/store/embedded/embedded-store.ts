// Entry point of the embedded store. The design, and why it is a journal rather than SQLite: see journaled-store.ts.
import { chmod, mkdir } from 'node:fs/promises';
import { StoreUnavailableError } from '../store.ts';
import { dropRetiredJournal, type OpenJournalFile, openAppend, startJournal } from './data-dir.ts';
import { EmbeddedStore } from './journaled-store.ts';
import { DataDirLockedError, acquireLock } from './lock.ts';
import { recover } from './recovery.ts';
import { writeSnapshot } from './snapshot.ts';

export { EmbeddedStore } from './journaled-store.ts';
export { DataDirLockedError } from './lock.ts';
export type { JournalFile } from './journal.ts';

/** Tuning and test seams of the embedded store. */
export interface EmbeddedStoreOptions {
  /** Compact once the journal grows past this many bytes; default 64 MiB. */
  compactAtBytes?: number;
  /** Opens the journal for appending; tests pass one whose writes or fdatasync fail. */
  openJournalFile?: OpenJournalFile;
  /** Clock (ms) used to purge expired idempotency keys at compaction; default Date.now. */
  now?: () => number;
}

/**
 * Opens (creating if needed) the embedded store in `dir`: takes the directory's lock, loads the snapshot, replays the
 * journal, then compacts both into a fresh snapshot and an empty journal, so every start begins from one clean file.
 */
export async function openEmbeddedStore(dir: string, opts: EmbeddedStoreOptions = {}): Promise<EmbeddedStore> {
  const openJournalFile = opts.openJournalFile ?? openAppend;
  const now = opts.now ?? Date.now;
  let releaseLock: (() => Promise<void>) | undefined;
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // An existing directory keeps its mode through mkdir: tighten it (best effort: the owner may be someone else).
    await chmod(dir, 0o700).catch(() => undefined);
    releaseLock = await acquireLock(dir);
    const { state, epoch } = await recover(dir);
    const next = epoch + 1;
    await writeSnapshot(dir, state.capture(now()), next);
    await dropRetiredJournal(dir);
    const { file, size } = await startJournal(dir, next, openJournalFile);
    return new EmbeddedStore({
      dir,
      state,
      journal: { file, size, epoch: next },
      compactAtBytes: opts.compactAtBytes ?? 64 * 1024 * 1024,
      openJournalFile,
      now,
      releaseLock,
    });
  } catch (err) {
    await releaseLock?.();
    if (err instanceof DataDirLockedError) throw err;
    throw new StoreUnavailableError(`embedded store: cannot open ${dir}: ${(err as Error).message}`, { cause: err });
  }
}
