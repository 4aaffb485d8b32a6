/** Scores within ±NEUTRAL_BAND read as neutral. */
export const NEUTRAL_BAND = 0.1;

/** The sentiment class of a score, as counted in distributions. */
export function sentimentClass(score: number): 'negative' | 'neutral' | 'positive' {
  if (score < -NEUTRAL_BAND) return 'negative';
  if (score > NEUTRAL_BAND) return 'positive';
  return 'neutral';
}

/** Rounds a score for the wire (three decimals, within -1…1). */
export function roundScore(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.round(Math.max(-1, Math.min(1, score)) * 1000) / 1000;
}
