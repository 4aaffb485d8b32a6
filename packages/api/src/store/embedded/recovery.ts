import { copyFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FILES } from './data-dir.ts';
import { decodeHeader, decodeLine } from './journal-format.ts';
import { readLines } from './lines.ts';
import type { Mutation } from './mutations.ts';
import { MemoryState } from './state.ts';
import { loadSnapshot } from './snapshot.ts';

/**
 * How start-up treats a damaged data directory: `refuse` (the default) stops with DataDirDamagedError; `truncate`
 * (PARLEY_RECOVER=truncate) keeps everything before the first damage, drops the rest, and keeps a copy of each damaged
 * file as `<name>.damaged-<time>`. A torn last journal line (a crash mid-append, never acknowledged) is not damage:
 * it is dropped with a warning in either mode.
 */
export type RecoverMode = 'refuse' | 'truncate';

/** The data directory is damaged: the message names the file and how to recover. */
export class DataDirDamagedError extends Error {
  override readonly name = 'DataDirDamagedError';
}

/** Reports something recovery dropped or accepted (event name and fields, one structured log line). */
export type RecoveryWarn = (event: string, fields: Record<string, unknown>) => void;

/** What `recover` may do beyond the default, and where it reports. */
export interface RecoverOptions {
  mode?: RecoverMode;
  warn?: RecoveryWarn;
}

const HOW_TO_RECOVER =
  'restore the data directory from a backup, or start once with PARLEY_RECOVER=truncate to keep everything before ' +
  'the damage (what follows it is lost; the damaged file is kept as <name>.damaged-<time>)';

interface Context {
  dir: string;
  mode: RecoverMode;
  warn: RecoveryWarn;
  /** The snapshot's nextEpoch, or null when there is no snapshot. */
  snapshotEpoch: number | null;
  /** Set once truncate mode accepted a missing snapshot. */
  snapshotWaived: boolean;
  /** Set once truncate mode stopped at damage: nothing after it is applied. */
  stopped: boolean;
}

/** Refuses to start, or in truncate mode keeps a copy of the damaged file and reports what is given up. */
async function damage(ctx: Context, name: string, problem: string): Promise<void> {
  if (ctx.mode !== 'truncate') throw new DataDirDamagedError(`embedded store: ${join(ctx.dir, name)} ${problem}; ${HOW_TO_RECOVER}`);
  const copy = `${name}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await copyFile(join(ctx.dir, name), join(ctx.dir, copy)).catch(() => undefined);
  ctx.warn('embedded_store_damage_truncated', { file: name, problem, copy });
  ctx.stopped = true;
}

/** Checks a journal's header against the snapshot: a journal written after a snapshot needs that snapshot. */
async function checkSnapshotFor(ctx: Context, name: string, epoch: number, after: number | null): Promise<void> {
  // Format 1 journals do not say which snapshot they follow; only compaction (epoch > 1) implies one existed.
  const needed = after ?? (epoch > 1 ? 1 : null);
  if (needed === null || ctx.snapshotWaived) return;
  if (ctx.snapshotEpoch === null) {
    const problem = `exists, but ${FILES.snapshot} it was written after is missing, so the data before it is gone`;
    if (ctx.mode !== 'truncate') {
      throw new DataDirDamagedError(`embedded store: ${join(ctx.dir, name)} ${problem}; restore ${FILES.snapshot} from a backup, or start once with PARLEY_RECOVER=truncate to keep only what the journal holds`);
    }
    ctx.warn('embedded_store_snapshot_missing', { file: name, problem });
    ctx.snapshotWaived = true;
  } else if (after !== null && ctx.snapshotEpoch < after) {
    throw new DataDirDamagedError(
      `embedded store: ${join(ctx.dir, FILES.snapshot)} is older (generation ${ctx.snapshotEpoch}) than ${name} needs (${after}): it was replaced by an old copy; put back the snapshot that belongs with this journal, or restore the whole directory from one backup`,
    );
  }
}

/**
 * Replays one journal file unless its epoch is below `minEpoch` (a snapshot already holds it); returns its epoch.
 * Every line must decode (checksum and JSON); the one exception is a bad last line in the current journal: a write
 * torn by a crash, never acknowledged, dropped with a warning. A bad line anywhere else is damage to acknowledged data.
 */
async function replayJournal(ctx: Context, name: string, minEpoch: number, tornTailExpected: boolean, apply: (m: Mutation) => void): Promise<number | null> {
  const path = join(ctx.dir, name);
  const info = await stat(path).catch(() => null);
  if (!info) return null;
  if (info.size === 0) {
    await damage(ctx, name, 'is empty (0 bytes), but every journal starts with a header line: it was truncated');
    return null;
  }
  let header: ReturnType<typeof decodeHeader>;
  let bad: { line: number; complete: boolean } | null = null;
  let lineNo = 0;
  for await (const { text, complete } of readLines(path)) {
    lineNo++;
    if (bad) {
      await damage(ctx, name, `is damaged at line ${bad.line}, and line ${lineNo} follows it (only a torn last line is expected after a crash)`);
      return header?.epoch ?? null;
    }
    if (!header) {
      header = complete ? decodeHeader(text) : undefined;
      if (!header) {
        await damage(ctx, name, 'has no valid header line');
        return null;
      }
      if (header.epoch < minEpoch) return header.epoch;
      await checkSnapshotFor(ctx, name, header.epoch, header.after);
      continue;
    }
    const value = complete ? decodeLine(text, header.format) : undefined;
    if (value === undefined) bad = { line: lineNo, complete };
    else apply(value as Mutation);
  }
  if (bad && tornTailExpected) {
    ctx.warn('embedded_store_torn_tail_dropped', { file: name, line: bad.line, complete: bad.complete });
  } else if (bad) {
    await damage(ctx, name, `is damaged at its last line ${bad.line}, which a crash cannot tear (only the current journal is appended to)`);
  }
  return header?.epoch ?? null;
}

/** Writes a warning as one JSON line on stderr, for callers that pass no logger. */
export const warnToStderr: RecoveryWarn = (event, fields) => {
  process.stderr.write(JSON.stringify({ level: 'warn', event, ...fields }) + '\n');
};

/** Rebuilds the state of a data directory: the snapshot, then the retired journal, then the current one. */
export async function recover(dir: string, opts: RecoverOptions = {}): Promise<{ state: MemoryState; epoch: number }> {
  const state = new MemoryState();
  const apply = (m: Mutation) => state.apply(m);
  let snapshotEpoch: number | null;
  try {
    snapshotEpoch = await loadSnapshot(join(dir, FILES.snapshot), apply);
  } catch (err) {
    throw new DataDirDamagedError(`embedded store: ${(err as Error).message}; restore ${FILES.snapshot} from a backup`, { cause: err });
  }
  const ctx: Context = { dir, mode: opts.mode ?? 'refuse', warn: opts.warn ?? warnToStderr, snapshotEpoch, snapshotWaived: false, stopped: false };
  const nextEpoch = snapshotEpoch ?? 1;
  let epoch = nextEpoch - 1;
  for (const [name, current] of [[FILES.previousJournal, false], [FILES.journal, true]] as const) {
    if (ctx.stopped) break;
    const e = await replayJournal(ctx, name, nextEpoch, current, apply);
    if (e !== null) epoch = Math.max(epoch, e);
  }
  return { state, epoch };
}
