import type { SegmentInsight } from '@parley/protocol';
import { roundScore } from '../study/sentiment-class.ts';
import type { PresentedTheme } from './present-themes.ts';
import { valuesBySize, type SegmentTally, type ValueTally } from './segment-tally.ts';
import { NO_SEGMENT, type SegmentKind } from './segment-kinds.ts';

/** Segments of one attribute list at most this many values (the most common); the rest are "(other)". */
export const MAX_SEGMENT_VALUES = 50;
const TOP_THEMES = 5;

/**
 * For every participant attribute: each value's sessions, average sentiment and its most raised themes (labels),
 * so that `?segmentBy=` is answered from stored insights without touching sessions. Values come most sessions first
 * (timestamps: months in calendar order), then "(other)" for the values past the cap, then "(none)" for the
 * interviews without the attribute, which is never merged into "(other)".
 */
export function renderSegments(tally: SegmentTally, themes: PresentedTheme[], kinds: Map<string, SegmentKind>): Record<string, Record<string, SegmentInsight>> {
  const labels = new Map(themes.map((t) => [t.id, t.label]));
  const order = new Map(themes.map((t, i) => [t.id, i]));
  const out: Record<string, Record<string, SegmentInsight>> = {};
  for (const [attr, values] of tally) {
    out[attr] = Object.fromEntries(
      orderedSegments(values, kinds.get(attr) ?? 'category').map(([value, v]) => [
        value,
        {
          sessions: v.sessions,
          sentiment: roundScore(v.sentimentSum / v.sessions),
          topThemes: [...v.themes.entries()]
            .filter(([id]) => labels.has(id))
            .sort((x, y) => y[1] - x[1] || order.get(x[0])! - order.get(y[0])!)
            .slice(0, TOP_THEMES)
            .map(([id]) => labels.get(id)!),
        },
      ]),
    );
  }
  return out;
}

/** One attribute's segments in display order, past-the-cap values merged into "(other)" (see renderSegments). */
export function orderedSegments(values: Map<string, ValueTally>, kind: SegmentKind): [string, ValueTally][] {
  const none = values.get(NO_SEGMENT);
  const real = new Map([...values].filter(([value]) => value !== NO_SEGMENT));
  const sorted = kind === 'date' ? [...real].sort((a, b) => (a[0] < b[0] ? -1 : 1)) : valuesBySize(real);
  const shown: [string, ValueTally][] = sorted.slice(0, MAX_SEGMENT_VALUES);
  const rest = sorted.slice(MAX_SEGMENT_VALUES);
  if (rest.length) shown.push(['(other)', merge(rest.map(([, v]) => v))]);
  if (none) shown.push([NO_SEGMENT, none]);
  return shown;
}

function merge(list: ValueTally[]): ValueTally {
  const out: ValueTally = { sessions: 0, sentimentSum: 0, themes: new Map(), good: new Map(), bad: new Map() };
  for (const v of list) {
    out.sessions += v.sessions;
    out.sentimentSum += v.sentimentSum;
    for (const [k, n] of v.themes) out.themes.set(k, (out.themes.get(k) ?? 0) + n);
  }
  return out;
}
