import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { JournalFile } from './journal.ts';

/** File names inside a data directory: an on-disk format, never rename them or existing directories stop loading. */
export const FILES = {
  snapshot: 'snapshot.json',
  journal: 'journal.log',
  /** The journal being folded into a snapshot by a compaction in progress. */
  previousJournal: 'journal.prev.log',
  lock: 'LOCK',
} as const;

/** Opens a journal file for appending. */
export type OpenJournalFile = (path: string) => Promise<JournalFile>;

/** The default journal opener: a plain append-mode file. */
// Data files are the participants' words: readable by the server's user only (0600, in a 0700 directory).
export const openAppend: OpenJournalFile = (path) => open(path, 'a', 0o600);

/** First line of every journal file: which epoch it holds, so replay can skip a journal a snapshot already covers. */
function journalHeader(epoch: number): string {
  return JSON.stringify({ journal: 1, epoch });
}

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

/** Starts an empty journal for `epoch` in place of the current one and opens it for appending. */
export async function startJournal(dir: string, epoch: number, openFile: OpenJournalFile): Promise<{ file: JournalFile; size: number }> {
  const header = journalHeader(epoch) + '\n';
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
