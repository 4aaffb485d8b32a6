import type { SessionDigest } from './session-digest.ts';
import { sentimentClass } from './sentiment-class.ts';

type Distribution = { negative: number; neutral: number; positive: number };

/** Running sums over a study's sessions, kept by adding and subtracting session digests. */
export class StudyTotals {
  sessions = 0;
  turns = 0;
  sentimentSum = 0;
  readonly distribution: Distribution = { negative: 0, neutral: 0, positive: 0 };
  readonly emotions = new Map<string, number>();
  /** attribute → value → sessions and sentiment sum. */
  readonly attributes = new Map<string, Map<string, { sessions: number; sentimentSum: number }>>();
  /** stage → sessions, turns, sentiment sum and turn distribution. */
  readonly stages = new Map<string, { sessions: number; turns: number; sentimentSum: number; distribution: Distribution }>();

  /** Adds (sign 1) or subtracts (sign -1) one session's contribution. */
  apply(d: SessionDigest, sign: 1 | -1): void {
    if (d.turns === 0) return;
    this.sessions += sign;
    this.turns += sign * d.turns;
    this.sentimentSum += sign * d.sentiment;
    this.distribution[sentimentClass(d.sentiment)] += sign;
    for (const [e, n] of d.emotions) bump(this.emotions, e, sign * n);
    for (const [attr, value] of Object.entries(d.attributes)) {
      let values = this.attributes.get(attr);
      if (!values) this.attributes.set(attr, (values = new Map()));
      const v = values.get(value) ?? { sessions: 0, sentimentSum: 0 };
      v.sessions += sign;
      v.sentimentSum += sign * d.sentiment;
      if (v.sessions <= 0) values.delete(value);
      else values.set(value, v);
      if (values.size === 0) this.attributes.delete(attr);
    }
    for (const [stage, s] of d.stages) {
      const t = this.stages.get(stage) ?? { sessions: 0, turns: 0, sentimentSum: 0, distribution: { negative: 0, neutral: 0, positive: 0 } };
      t.sessions += sign;
      t.turns += sign * s.turns;
      t.sentimentSum += sign * s.sentimentSum;
      for (const score of s.classes) t.distribution[sentimentClass(score)] += sign;
      if (t.turns <= 0) this.stages.delete(stage);
      else this.stages.set(stage, t);
    }
  }
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const next = (map.get(key) ?? 0) + by;
  if (next <= 0) map.delete(key);
  else map.set(key, next);
}
