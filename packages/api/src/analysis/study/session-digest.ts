import type { SessionAnalysis } from '../session-analysis.ts';

/** What one session contributes to the study's aggregates, computed once per change of its analysis. */
export interface SessionDigest {
  sessionId: string;
  /** Attribute values as strings (segments are keyed by string). */
  attributes: Record<string, string>;
  turns: number;
  sentiment: number;
  /** Theme cluster → how often and how the session spoke of it. */
  clusters: Map<string, { mentions: number; sentimentSum: number }>;
  /** Plan stage → its turns' count and sentiment sum. */
  stages: Map<string, { turns: number; sentimentSum: number; classes: number[] }>;
  emotions: Map<string, number>;
}

/** Digests a session's analysis. */
export function digestSession(analysis: SessionAnalysis): SessionDigest {
  const clusters: SessionDigest['clusters'] = new Map();
  const stages: SessionDigest['stages'] = new Map();
  const emotions = new Map<string, number>();
  // A session's sentiment is that of its answers that expressed any: neutral answers (facts, context) do not dilute it.
  let sentimentSum = 0;
  let felt = 0;
  for (const turn of analysis.turns) {
    if (turn.sentiment !== 0) {
      sentimentSum += turn.sentiment;
      felt += 1;
    }
    for (const m of turn.mentions) {
      const c = clusters.get(m.themeId) ?? { mentions: 0, sentimentSum: 0 };
      c.mentions += 1;
      c.sentimentSum += m.sentiment;
      clusters.set(m.themeId, c);
    }
    if (turn.stage) {
      const s = stages.get(turn.stage) ?? { turns: 0, sentimentSum: 0, classes: [] };
      s.turns += 1;
      s.sentimentSum += turn.sentiment;
      s.classes.push(turn.sentiment);
      stages.set(turn.stage, s);
    }
    for (const e of turn.emotions) emotions.set(e, (emotions.get(e) ?? 0) + 1);
  }
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(analysis.attributes ?? {})) attributes[k] = String(v);
  return {
    sessionId: analysis.sessionId,
    attributes,
    turns: analysis.turns.length,
    sentiment: felt ? sentimentSum / felt : 0,
    clusters,
    stages,
    emotions,
  };
}
