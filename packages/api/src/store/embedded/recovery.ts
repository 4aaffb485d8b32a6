import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { FILES } from './data-dir.ts';
import { readLines } from './lines.ts';
import type { Mutation } from './mutations.ts';
import { MemoryState } from './state.ts';
import { loadSnapshot } from './snapshot.ts';

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Replays one journal file unless its epoch is below `minEpoch` (a snapshot already holds it); returns its epoch.
 * Unreadable lines at the very end are a write torn by a crash (never acknowledged) and are dropped; an unreadable
 * line followed by a good one is damage to acknowledged data, so loading stops rather than silently skip it.
 */
async function replayJournal(path: string, minEpoch: number, apply: (m: Mutation) => void): Promise<number | null> {
  if (!(await access(path).then(() => true, () => false))) return null;
  let epoch: number | null = null;
  let firstBad: number | null = null;
  let lineNo = 0;
  for await (const { text, complete } of readLines(path)) {
    lineNo++;
    const value = complete ? parse(text) : undefined;
    if (value === undefined || value === null || typeof value !== 'object') {
      firstBad ??= lineNo;
      continue;
    }
    if (firstBad !== null) throw new Error(`journal ${path} is damaged at line ${firstBad} (line ${lineNo} after it is intact)`);
    if (epoch === null) {
      const header = value as { journal?: unknown; epoch?: unknown };
      if (header.journal !== 1 || typeof header.epoch !== 'number') throw new Error(`journal ${path} has no valid header`);
      epoch = header.epoch;
      if (epoch < minEpoch) return epoch;
      continue;
    }
    apply(value as Mutation);
  }
  return epoch;
}

/** Rebuilds the state of a data directory: the snapshot, then the retired journal, then the current one. */
export async function recover(dir: string): Promise<{ state: MemoryState; epoch: number }> {
  const state = new MemoryState();
  const apply = (m: Mutation) => state.apply(m);
  const nextEpoch = (await loadSnapshot(join(dir, FILES.snapshot), apply)) ?? 1;
  let epoch = nextEpoch - 1;
  for (const name of [FILES.previousJournal, FILES.journal]) {
    const e = await replayJournal(join(dir, name), nextEpoch, apply);
    if (e !== null) epoch = Math.max(epoch, e);
  }
  return { state, epoch };
}
