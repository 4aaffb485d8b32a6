import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { JournalFile } from './journal.ts';
import { headerLine } from './journal-format.ts';

/** File names inside a data directory: an on-disk format, never rename them or existing directories stop loading. */
export const FILES = {
  snapshot: 'snapshot.json',
  journal: 'journal.log',
  /** The journal being folded into a snapshot by a compaction in progress. */
  previousJournal: 'journal.prev.log',
  lock: 'LOCK',
  /** Scratch file that checks the disk takes writes again; deleted right after. */
  writeProbe: 'write-probe.tmp',
} as const;

/** Opens a journal file for appending. */
export type OpenJournalFile = (path: string) => Promise<JournalFile>;

/** The default journal opener: a plain append-mode file. */
// Data files are the participants' words: readable by the server's user only (0600, in a 0700 directory).
export const openAppend: OpenJournalFile = (path) => open(path, 'a', 0o600);

/** Makes renames and creations inside `dir` durable; platforms that cannot fsync a directory are skipped. */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw err;
  } finally {
    await handle?.close();
  }
}

/** Writes a file so it is either wholly there or not at all: temp file, fsync, rename over, fsync the directory. */
export async function replaceFile(dir: string, name: string, chunks: Iterable<string>): Promise<void> {
  const tmp = join(dir, `${name}.tmp`);
  const handle = await open(tmp, 'w', 0o600);
  try {
    for (const chunk of chunks) {
      // One awaited write per chunk also hands the event loop back to writers while a big snapshot is written.
      await handle.writeFile(chunk);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, join(dir, name));
  await fsyncDir(dir);
}

/**
 * Starts an empty journal for `epoch` in place of the current one and opens it for appending. Its header names the
 * epoch (so replay can skip a journal a snapshot already covers) and `after`, the nextEpoch of the snapshot on disk.
 */
export async function startJournal(
  dir: string,
  epoch: number,
  after: number,
  openFile: OpenJournalFile,
): Promise<{ file: JournalFile; size: number }> {
  const header = headerLine(epoch, after) + '\n';
  await replaceFile(dir, FILES.journal, [header]);
  return { file: await openFile(join(dir, FILES.journal)), size: Buffer.byteLength(header) };
}

/** Moves the current journal aside so a new one can start while a snapshot is still being written. */
export async function retireJournal(dir: string): Promise<void> {
  await rename(join(dir, FILES.journal), join(dir, FILES.previousJournal));
}

/** Deletes the retired journal once a snapshot covers it (a leftover is harmless: its epoch makes replay skip it). */
export async function dropRetiredJournal(dir: string): Promise<void> {
  await rm(join(dir, FILES.previousJournal), { force: true });
}

/**
 * Checks that the disk takes writes again (after ENOSPC or EIO) by writing and fsyncing a scratch file of `bytes`, so
 * a store waiting to recover does not rebuild itself from disk while every write would still fail.
 */
export async function probeWritable(dir: string, bytes = 64 * 1024): Promise<void> {
  const path = join(dir, FILES.writeProbe);
  try {
    const handle = await open(path, 'w', 0o600);
    try {
      await handle.writeFile(Buffer.alloc(bytes));
      await handle.sync();
    } finally {
      await handle.close();
    }
  } finally {
    await rm(path, { force: true });
  }
}
