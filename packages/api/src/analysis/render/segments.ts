import type { SegmentInsight } from '@parley/protocol';
import { roundScore } from '../study/sentiment-class.ts';
import type { PresentedTheme } from './present-themes.ts';
import { valuesBySize, type SegmentTally, type ValueTally } from './segment-tally.ts';

/** Segments of one attribute list at most this many values (the most common); the rest are "(other)". */
export const MAX_SEGMENT_VALUES = 50;
const TOP_THEMES = 5;

/**
 * For every participant attribute: each value's sessions, average sentiment and its most raised themes (labels),
 * so that `?segmentBy=` is answered from stored insights without touching sessions.
 */
export function renderSegments(tally: SegmentTally, themes: PresentedTheme[]): Record<string, Record<string, SegmentInsight>> {
  const labels = new Map(themes.map((t) => [t.id, t.label]));
  const order = new Map(themes.map((t, i) => [t.id, i]));
  const out: Record<string, Record<string, SegmentInsight>> = {};
  for (const [attr, values] of tally) {
    const sorted = valuesBySize(values);
    const shown: [string, ValueTally][] = sorted.slice(0, MAX_SEGMENT_VALUES);
    const rest = sorted.slice(MAX_SEGMENT_VALUES);
    if (rest.length) shown.push(['(other)', merge(rest.map(([, v]) => v))]);
    out[attr] = Object.fromEntries(
      shown.map(([value, v]) => [
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

function merge(list: ValueTally[]): ValueTally {
  const out: ValueTally = { sessions: 0, sentimentSum: 0, themes: new Map(), good: new Map(), bad: new Map() };
  for (const v of list) {
    out.sessions += v.sessions;
    out.sentimentSum += v.sentimentSum;
    for (const [k, n] of v.themes) out.themes.set(k, (out.themes.get(k) ?? 0) + n);
  }
  return out;
}
