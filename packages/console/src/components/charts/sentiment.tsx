/** Words for a -1..1 sentiment score. */
export function sentimentWord(score: number): 'negative' | 'neutral' | 'positive' {
  return score <= -0.05 ? 'negative' : score >= 0.05 ? 'positive' : 'neutral';
}

/** A signed score, e.g. "+0.42". */
export function signed(score: number): string {
  return `${score > 0 ? '+' : score < 0 ? '−' : '±'}${Math.abs(score).toFixed(2)}`;
}

/** A -1..1 score as a bar growing left (negative) or right (positive) from the middle, with the number and its word. */
export function SentimentMeter({ score, label }: { score: number; label?: string }) {
  const word = sentimentWord(score);
  const width = Math.min(50, Math.abs(score) * 50);
  return (
    <span class="meter" title={label}>
      <span class="meter-track" aria-hidden="true">
        <span class={`meter-fill tone-${word}`} style={{ width: `${width}%`, [score < 0 ? 'right' : 'left']: '50%' }} />
      </span>
      <span class={`meter-value text-${word}`}>
        {signed(score)} <span class="sr-only">({word})</span>
      </span>
    </span>
  );
}
