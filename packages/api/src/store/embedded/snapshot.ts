import { access } from 'node:fs/promises';
import { FILES, replaceFile } from './data-dir.ts';
import { readLines } from './lines.ts';
import type { Mutation } from './mutations.ts';

const CHUNK_CHARS = 1 << 20;

/**
 * The snapshot text: one JSON document (so `jq` can read it) laid out one record per line (so loading streams it):
 *   {"format":1,"nextEpoch":N,"records":[
 *   {record},
 *   {record}
 *   ]}
 * It covers every journal whose epoch is below `nextEpoch`.
 */
function* snapshotChunks(records: Mutation[], nextEpoch: number): Generator<string> {
  let buf = `{"format":1,"nextEpoch":${nextEpoch},"records":[\n`;
  for (let i = 0; i < records.length; i++) {
    buf += JSON.stringify(records[i]) + (i < records.length - 1 ? ',\n' : '\n');
    if (buf.length >= CHUNK_CHARS) {
      yield buf;
      buf = '';
    }
  }
  yield buf + ']}\n';
}

/** Durably replaces the data directory's snapshot with `records`. */
export async function writeSnapshot(dir: string, records: Mutation[], nextEpoch: number): Promise<void> {
  await replaceFile(dir, FILES.snapshot, snapshotChunks(records, nextEpoch));
}

/** Applies every record of the snapshot at `path`; returns its nextEpoch, or null if there is no snapshot. */
export async function loadSnapshot(path: string, apply: (m: Mutation) => void): Promise<number | null> {
  if (!(await access(path).then(() => true, () => false))) return null;
  let nextEpoch: number | null = null;
  let ended = false;
  for await (const { text } of readLines(path)) {
    if (ended) throw new Error(`snapshot ${path} has data after its end`);
    if (nextEpoch === null) {
      const header = JSON.parse(text + ']}') as { format?: unknown; nextEpoch?: unknown };
      if (header.format !== 1 || typeof header.nextEpoch !== 'number') throw new Error(`snapshot ${path} has an unknown format`);
      nextEpoch = header.nextEpoch;
    } else if (text === ']}') {
      ended = true;
    } else {
      apply(JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text) as Mutation);
    }
  }
  // The snapshot is renamed into place only once complete, so a missing end means damage, not a crash.
  if (!ended || nextEpoch === null) throw new Error(`snapshot ${path} is incomplete`);
  return nextEpoch;
}
