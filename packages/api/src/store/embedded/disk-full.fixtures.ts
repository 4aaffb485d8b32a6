import { open } from 'node:fs/promises';
import type { EmbeddedStoreOptions } from './embedded-store.ts';

/** An error shaped like the one node's fs raises, with its errno code. */
function fsError(code: 'ENOSPC' | 'EIO'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected by a test, write`), { code });
}

/**
 * A test disk that can be filled up and emptied again: while `full`, journal writes write half their bytes and then
 * fail (as a real ENOSPC part way through a write does), or fdatasync fails with EIO, and the repair's disk probe fails.
 */
export function fillableDisk(fault: 'ENOSPC' | 'EIO' = 'ENOSPC') {
  const disk = { full: false };
  const options: EmbeddedStoreOptions = {
    repairDelayMs: 10,
    probeDisk: async () => {
      if (disk.full) throw fsError(fault);
    },
    openJournalFile: async (path) => {
      const handle = await open(path, 'a');
      return {
        write: async (buf, off, len) => {
          if (!disk.full || fault !== 'ENOSPC') return handle.write(buf, off, len);
          if (len > 1) await handle.write(buf, off, Math.floor(len / 2));
          throw fsError('ENOSPC');
        },
        datasync: async () => {
          if (disk.full && fault === 'EIO') throw fsError('EIO');
          await handle.datasync();
        },
        close: () => handle.close(),
      };
    },
  };
  return { disk, options };
}

/** Polls `probe` until it resolves, for at most `ms`. */
export async function eventually<T>(probe: () => Promise<T>, ms = 5_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await probe();
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}
