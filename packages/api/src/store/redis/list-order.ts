/**
 * Newest-first lists in Redis: a sorted set whose scores are all 0 and whose members are `<ms, 16 digits>|<id>`, so
 * lexicographic order is (creation time, id) order, the same order the embedded store uses. A page is
 * ZREVRANGEBYLEX from just below the cursor; the cursor is the member of the last item returned, so pages stay stable
 * while new records arrive.
 */

const MEMBER = /^\d{16}\|.+$/s;
const CURSOR_TAG = 'o1:';

/** The order member of a record created at `createdAt` (ISO timestamp; an unparsable one sorts as time 0). */
export function orderMember(createdAt: string, id: string): string {
  const ms = Date.parse(createdAt);
  const clamped = Number.isFinite(ms) && ms > 0 ? Math.floor(ms) : 0;
  return `${String(clamped).padStart(16, '0')}|${id}`;
}

/** The id inside an order member. */
export function idOfMember(member: string): string {
  return member.slice(17);
}

/** The ZREVRANGEBYLEX upper bound of the page after `cursor`: '+' for the first page. */
export function upperBoundAfter(cursorMember: string | null): string {
  return cursorMember === null ? '+' : `(${cursorMember}`;
}

/** An opaque cursor for the page after `member`. */
export function encodeCursor(member: string): string {
  const bytes = new TextEncoder().encode(CURSOR_TAG + member);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The member a cursor points after, or null for a cursor this store did not make. */
export function decodeCursor(cursor: string): string | null {
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
    if (!text.startsWith(CURSOR_TAG)) return null;
    const member = text.slice(CURSOR_TAG.length);
    return MEMBER.test(member) ? member : null;
  } catch {
    return null;
  }
}
