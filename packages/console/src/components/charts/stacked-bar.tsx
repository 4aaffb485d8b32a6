/** One part of a stacked bar. */
export interface Part {
  label: string;
  value: number;
  tone: 'negative' | 'neutral' | 'positive';
}

const percent = (value: number, total: number) => (total ? Math.round((value / total) * 100) : 0);

/** A whole split into parts (e.g. sessions by sentiment), as one bar with a legend that carries the numbers. */
export function StackedBar({ parts, label }: { parts: Part[]; label: string }) {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  const summary = parts.map((p) => `${p.label} ${p.value} (${percent(p.value, total)}%)`).join(', ');
  return (
    <figure class="stacked">
      <div class="stacked-bar" role="img" aria-label={`${label}: ${summary}`}>
        {parts.map((p) => (p.value ? <span key={p.label} class={`tone-${p.tone}`} style={{ width: `${(p.value / total) * 100}%` }} /> : null))}
      </div>
      <figcaption class="legend">
        {parts.map((p) => (
          <span key={p.label}>
            <i class={`swatch tone-${p.tone}`} aria-hidden="true" />
            {p.label} <strong>{p.value}</strong> <span class="muted">({percent(p.value, total)}%)</span>
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
