/**
 * The buckets the API adds to every split (docs/analysis.md, "Segments"): interviews whose participant lacks the
 * attribute, and the values past the most common ones. Parentheses keep them apart from real values.
 */
const NO_VALUE = '(none)';
const OTHER = '(other)';

/** How the API splits one attribute (`segmentOptions` in insights): by value, or a timestamp by calendar month. */
export interface SegmentOption {
  name: string;
  kind: 'category' | 'date';
  /** Segment keys in display order. */
  values?: string[];
}

/** Whether a segment key is the bucket of interviews without the attribute. */
export function isNoValue(key: string): boolean {
  return key === NO_VALUE || key === '';
}

/** A segment key as the researcher reads it: "No value", "Other values", a month ("2026-09" → "Sep 2026") or itself. */
export function segmentLabel(key: string, kind: SegmentOption['kind'] = 'category'): string {
  if (isNoValue(key)) return 'No value';
  if (key === OTHER) return 'Other values';
  const month = kind === 'date' ? /^(\d{4})-(\d{2})$/.exec(key) : null;
  if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)).toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return key;
}

/**
 * Segments in the order to show them: the API's display order when it gives one (months in calendar order), else the
 * biggest first; "Other values" and "No value" always last, whatever their number.
 */
export function orderSegments<S extends { sessions: number }>(segments: Record<string, S>, option: SegmentOption | undefined): [string, S][] {
  const rank = (key: string) => (isNoValue(key) ? 2 : key === OTHER ? 1 : 0);
  const order = option?.values;
  const place = (key: string) => (order?.includes(key) ? order.indexOf(key) : Number.MAX_SAFE_INTEGER);
  return Object.entries(segments).sort((a, b) => rank(a[0]) - rank(b[0]) || (order ? place(a[0]) - place(b[0]) : 0) || b[1].sessions - a[1].sessions);
}
