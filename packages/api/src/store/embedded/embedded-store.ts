// Entry point of the embedded store. The design, and why it is a journal rather than SQLite: see journaled-store.ts.
import { chmod, mkdir } from 'node:fs/promises';
import { StoreUnavailableError } from '../store.ts';
import { type OpenJournalFile, openAppend, probeWritable } from './data-dir.ts';
import { EmbeddedStore } from './journaled-store.ts';
import { loadDataDir } from './load.ts';
import { DataDirLockedError, acquireLock } from './lock.ts';
import { DataDirDamagedError, type RecoverMode, type RecoveryWarn } from './recovery.ts';

export { EmbeddedStore } from './journaled-store.ts';
export { DataDirLockedError } from './lock.ts';
export { DataDirDamagedError, type RecoverMode } from './recovery.ts';
export type { JournalFile } from './journal.ts';

/** Tuning and test seams of the embedded store. */
export interface EmbeddedStoreOptions {
  /** Compact once the journal grows past this many bytes; default 64 MiB. */
  compactAtBytes?: number;
  /** Opens the journal for appending; tests pass one whose writes or fdatasync fail. */
  openJournalFile?: OpenJournalFile;
  /** Clock (ms) used to purge expired idempotency keys at compaction; default Date.now. */
  now?: () => number;
  /** What to do with a damaged data directory: refuse to open (default) or keep the good prefix (PARLEY_RECOVER=truncate). */
  recover?: RecoverMode;
  /** Where warnings go (a torn journal tail dropped, damage truncated, a write failure and its repair); default stderr. */
  warn?: RecoveryWarn;
  /** First wait (ms) before retrying to recover from a failed write; doubles up to 30 s. Default 500. */
  repairDelayMs?: number;
  /** Checks the disk takes writes before a repair is tried; tests pass one that fails while their disk is "full". */
  probeDisk?: (dir: string) => Promise<void>;
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
    const recoverOpts = { mode: opts.recover ?? 'refuse', ...(opts.warn ? { warn: opts.warn } : {}) } as const;
    const { state, journal } = await loadDataDir(dir, { openJournalFile, now, recover: recoverOpts });
    return new EmbeddedStore({
      dir,
      state,
      journal,
      compactAtBytes: opts.compactAtBytes ?? 64 * 1024 * 1024,
      openJournalFile,
      now,
      releaseLock,
      ...(opts.warn ? { warn: opts.warn } : {}),
      repairDelayMs: opts.repairDelayMs ?? 500,
      probeDisk: opts.probeDisk ?? probeWritable,
    });
  } catch (err) {
    await releaseLock?.();
    if (err instanceof DataDirLockedError || err instanceof DataDirDamagedError) throw err;
    throw new StoreUnavailableError(`embedded store: cannot open ${dir}: ${(err as Error).message}`, { cause: err });
  }
}
