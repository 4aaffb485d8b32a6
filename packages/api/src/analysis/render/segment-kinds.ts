import type { SessionDigest } from '../study/session-digest.ts';

/** How `?segmentBy=` groups an attribute's values: as they are, or (timestamps) by calendar month. */
export type SegmentKind = 'category' | 'date';

/**
 * The segment of interviews whose participant lacks the attribute (or sent it empty). Parentheses keep it apart from
 * real values in practice; a participant who literally sent "(none)" meant the same thing and is counted with them.
 */
export const NO_SEGMENT = '(none)';

// ISO 8601 dates and date-times ("2026-11-03", "2026-11-03T10:00:00Z", "2026-11-03 10:00+02:00").
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
// A bare number is a timestamp only when the attribute's name says it is a time (signedUpAt, created_at, trialEndDate,
// memberSince): a 10-digit number could as well be a phone number or a revenue figure.
const TIME_NAME = /(?:at|date|time|since|on)$/i;
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/** The moment an attribute value stands for (ISO text, or Unix seconds or milliseconds under a time-like name), if any. */
export function dateOf(name: string, value: string): Date | null {
  const text = value.trim();
  let ms: number;
  if (ISO_DATE.test(text)) ms = Date.parse(isoUtc(text));
  else if (/^\d{9,13}$/.test(text) && TIME_NAME.test(name)) ms = Number(text) < 1e12 ? Number(text) * 1000 : Number(text);
  else return null;
  return Number.isFinite(ms) && ms >= EARLIEST && ms < LATEST ? new Date(ms) : null;
}

// A date-time without a zone is read as UTC, as date-only text already is, so the server's time zone never moves a
// value into another month.
function isoUtc(text: string): string {
  const t = text.toUpperCase().replace(' ', 'T');
  return t.includes('T') && !/(?:Z|[+-]\d{2}:?\d{2})$/.test(t) ? `${t}Z` : t;
}

/** Whether a value counts as absent: missing, blank, or the "(none)" key itself. */
export function isNoValue(value: string | undefined): boolean {
  return value === undefined || value.trim() === '' || value === NO_SEGMENT;
}

/**
 * The kind of every attribute the analysed sessions carry: `date` when each value they sent is a timestamp (one stray
 * value keeps it a plain category, so nothing is silently reinterpreted), else `category`.
 */
export function attributeKinds(digests: Iterable<SessionDigest>): Map<string, SegmentKind> {
  const seen = new Map<string, SegmentKind | 'blank'>();
  for (const d of digests) {
    if (d.turns === 0) continue;
    for (const [attr, value] of Object.entries(d.attributes)) {
      const soFar = seen.get(attr);
      if (isNoValue(value)) {
        if (!soFar) seen.set(attr, 'blank');
      } else if (soFar !== 'category') {
        seen.set(attr, dateOf(attr, value) ? 'date' : 'category');
      }
    }
  }
  return new Map([...seen].map(([attr, kind]) => [attr, kind === 'date' ? 'date' : 'category']));
}

/** The segment one interview falls in for an attribute of this kind: its value, its month ("2026-11", UTC), or "(none)". */
export function segmentKeyOf(attr: string, kind: SegmentKind, value: string | undefined): string {
  if (isNoValue(value)) return NO_SEGMENT;
  if (kind === 'category') return value!;
  return dateOf(attr, value!)!.toISOString().slice(0, 7);
}
