import type { Page } from '../../domain/records.ts';

/** Where a record sits in a list: creation time in ms, then id to break ties. */
interface Position {
  ms: number;
  id: string;
}

function before(a: Position, b: Position): boolean {
  return a.ms < b.ms || (a.ms === b.ms && a.id < b.id);
}

/**
 * Ids of one list (a workspace's studies, a study's sessions…) kept sorted by creation time.
 * Records arrive almost always newest-last, so an insert is an append in practice; a binary search keeps it right otherwise.
 */
export class OrderedIndex {
  private readonly entries: Position[] = [];

  /** Adds an id created at `createdAt` (ISO timestamp). */
  insert(id: string, createdAt: string): void {
    const ms = Date.parse(createdAt);
    const entry = { ms: Number.isNaN(ms) ? 0 : ms, id };
    const last = this.entries.at(-1);
    if (last === undefined || before(last, entry)) this.entries.push(entry);
    else this.entries.splice(this.lowerBound(entry), 0, entry);
  }

  /** Removes an id (created at `createdAt`, as inserted); a no-op if it is not there. */
  remove(id: string, createdAt: string): void {
    const ms = Date.parse(createdAt);
    const entry = { ms: Number.isNaN(ms) ? 0 : ms, id };
    const i = this.lowerBound(entry);
    if (this.entries[i]?.id === id) this.entries.splice(i, 1);
    else {
      const j = this.entries.findIndex((e) => e.id === id);
      if (j >= 0) this.entries.splice(j, 1);
    }
  }

  /** Every id, oldest first (a copy, so it can be walked while the index changes). */
  ids(): string[] {
    return this.entries.map((e) => e.id);
  }

  /** Positions newest first, starting strictly after `after` when given. */
  *newestFirst(after?: Position): Generator<Position> {
    const start = after ? this.lowerBound(after) : this.entries.length;
    for (let i = start - 1; i >= 0; i--) yield this.entries[i]!;
  }

  private lowerBound(p: Position): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(this.entries[mid]!, p)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The cursor is the position of the last item returned, so pages stay stable while new records arrive. */
function encodeCursor(p: Position): string {
  return Buffer.from(JSON.stringify([p.ms, p.id])).toString('base64url');
}

function decodeCursor(cursor: string): Position | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'string') return { ms: v[0], id: v[1] };
  } catch {
    // fall through: a cursor we did not make
  }
  return null;
}

/**
 * One page of `index`, newest first, of the ids `pick` accepts (it returns undefined to skip one).
 * A cursor this store did not make yields an empty last page rather than silently restarting the list.
 */
export function pageOf<T>(index: OrderedIndex | undefined, cursor: string | undefined, limit: number, pick: (id: string) => T | undefined): Page<T> {
  let after: Position | undefined;
  if (cursor !== undefined) {
    const decoded = decodeCursor(cursor);
    if (!decoded) return { data: [], nextCursor: null };
    after = decoded;
  }
  const max = Math.max(1, Math.floor(limit));
  const data: T[] = [];
  let last: Position | undefined;
  for (const pos of index?.newestFirst(after) ?? []) {
    const item = pick(pos.id);
    if (item === undefined) continue;
    if (data.length === max) return { data, nextCursor: encodeCursor(last!) };
    data.push(item);
    last = pos;
  }
  return { data, nextCursor: null };
}
