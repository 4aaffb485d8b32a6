import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FILES } from './data-dir.ts';

/** Another live process has the data directory open. */
export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(path: string): Promise<number | null> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * Takes the data directory's lock file for this process and returns its release. A lock whose process is gone is stale
 * and taken over. The pid is written before the lock appears (write a temp file, then hard-link it into place, which
 * fails if the lock exists), so nobody ever sees an empty lock and mistakes a starting process for a dead one.
 * Two processes taking over the same stale lock at the same instant can still race; starts are not that concurrent.
 * Pids are only meaningful within one pid namespace: do not share a data directory between containers.
 */
export async function acquireLock(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, FILES.lock);
  const tmp = join(dir, `${FILES.lock}.${process.pid}.tmp`);
  await writeFile(tmp, `${process.pid}\n`, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(tmp, path);
        return () => rm(path, { force: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const holder = await holderOf(path);
      if (holder !== null && isAlive(holder)) {
        throw new DataDirLockedError(
          `data directory ${dir} is in use by process ${holder} (lock file ${path}); stop that process, or use another directory`,
        );
      }
      await rm(path, { force: true });
    }
    throw new DataDirLockedError(`could not take the lock file ${path}: other processes keep taking it`);
  } finally {
    await rm(tmp, { force: true });
  }
}
