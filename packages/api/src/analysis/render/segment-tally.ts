import type { StudyModel } from '../study/study-model.ts';
import { segmentKeyOf, type SegmentKind } from './segment-kinds.ts';

/** One value of one attribute: its sessions, their sentiment, and how many raised each theme (and with what feeling). */
export interface ValueTally {
  sessions: number;
  sentimentSum: number;
  themes: Map<string, number>;
  /** Sessions that raised the theme positively / negatively. */
  good: Map<string, number>;
  bad: Map<string, number>;
}

/** attribute → value → tally. */
export type SegmentTally = Map<string, Map<string, ValueTally>>;

/**
 * Counts, in one pass over the sessions, everything the segment, summary and support views need per attribute value,
 * so a render stays linear in the number of sessions. Every analysed session counts under every attribute (see
 * attributeKinds): under "(none)" when its participant lacks it, so no interview silently drops out of a split, and
 * under its month when the attribute is a timestamp, so sign-up dates split into cohorts instead of one-person groups.
 */
export function tallySegments(model: StudyModel, themesBySession: Map<string, Map<string, number>>, kinds: Map<string, SegmentKind>): SegmentTally {
  const tally: SegmentTally = new Map([...kinds.keys()].map((attr) => [attr, new Map()]));
  for (const [sessionId, digest] of model.digests) {
    if (digest.turns === 0) continue;
    const themes = themesBySession.get(sessionId);
    for (const [attr, kind] of kinds) {
      const values = tally.get(attr)!;
      const value = segmentKeyOf(attr, kind, digest.attributes[attr]);
      let v = values.get(value);
      if (!v) values.set(value, (v = { sessions: 0, sentimentSum: 0, themes: new Map(), good: new Map(), bad: new Map() }));
      v.sessions += 1;
      v.sentimentSum += digest.sentiment;
      for (const [theme, feeling] of themes ?? []) {
        bump(v.themes, theme);
        if (feeling > 0.1) bump(v.good, theme);
        if (feeling < -0.1) bump(v.bad, theme);
      }
    }
  }
  return tally;
}

/** The values of an attribute, most sessions first (ties by value). */
export function valuesBySize(values: Map<string, ValueTally>): [string, ValueTally][] {
  return [...values.entries()].sort((a, b) => b[1].sessions - a[1].sessions || (a[0] < b[0] ? -1 : 1));
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
