/** A segment (one value of one participant attribute) over-represented among the interviews that speak to a question. */
export interface SegmentLift {
  attribute: string;
  value: string;
  /** Interviews of the segment that speak to it, of the segment's interviews. */
  inSegment: number;
  segmentSize: number;
  /** Interviews outside the segment that speak to it, of the interviews outside it. */
  elsewhere: number;
  elsewhereSize: number;
  /** One-sided hypergeometric tail: the chance of at least this many by luck. */
  p: number;
}

/** A segment must hold at least this many of the interviews that speak to a question to be worth naming. */
const MIN_IN_SEGMENT = 3;
/** …and speak to it at least this many times as often as the study at large. */
const MIN_LIFT = 1.5;
/** …and be this unlikely by chance (shared by the attributes tested: a Bonferroni split over attributes). */
const ALPHA = 0.05;

/**
 * The segment that clearly over-represents among the interviews that speak to a question, if one does: the value
 * of an attribute whose interviews speak to it far more often than the rest, and not by luck (a one-sided exact
 * test, Fisher's, over the interviews of each value). Null when none stands out: a segment is named only when the
 * counts support it.
 */
export function segmentLift(attributesBySession: Map<string, Record<string, string>>, speaking: Set<string>): SegmentLift | null {
  const n = attributesBySession.size;
  const k = [...speaking].filter((id) => attributesBySession.has(id)).length;
  if (n === 0 || k < MIN_IN_SEGMENT) return null;
  const values = new Map<string, Map<string, { size: number; hits: number }>>();
  for (const [sessionId, attributes] of attributesBySession) {
    for (const [attribute, value] of Object.entries(attributes)) {
      let byValue = values.get(attribute);
      if (!byValue) values.set(attribute, (byValue = new Map()));
      const v = byValue.get(value) ?? { size: 0, hits: 0 };
      v.size += 1;
      if (speaking.has(sessionId)) v.hits += 1;
      byValue.set(value, v);
    }
  }
  const tested = [...values.values()].filter((byValue) => byValue.size > 1).length;
  let best: SegmentLift | null = null;
  for (const [attribute, byValue] of values) {
    if (byValue.size < 2) continue;
    for (const [value, { size, hits }] of byValue) {
      if (hits < MIN_IN_SEGMENT || size === n || hits / size < (MIN_LIFT * k) / n) continue;
      const p = upperTail(n, size, k, hits);
      if (p > ALPHA / tested || (best && (p > best.p || (p === best.p && hits <= best.inSegment)))) continue;
      best = { attribute, value, inSegment: hits, segmentSize: size, elsewhere: k - hits, elsewhereSize: n - size, p };
    }
  }
  return best;
}

/** P(X ≥ x) for X hypergeometric: `draws` interviews speak to it, out of `total`, `marked` of which are in the segment. */
function upperTail(total: number, marked: number, draws: number, x: number): number {
  let p = 0;
  for (let i = x; i <= Math.min(marked, draws); i++) p += Math.exp(logChoose(marked, i) + logChoose(total - marked, draws - i) - logChoose(total, draws));
  return Math.min(1, p);
}

function logChoose(n: number, k: number): number {
  if (k < 0 || k > n) return -Infinity;
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
  return s;
}
