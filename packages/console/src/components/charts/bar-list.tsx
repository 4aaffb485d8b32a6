import type { ComponentChildren } from 'preact';

/** One bar: a label, a value and how to colour it. */
export interface Bar {
  key: string;
  label: ComponentChildren;
  value: number;
  /** Shown after the bar instead of the bare value. */
  valueLabel?: string;
  tone?: 'negative' | 'neutral' | 'positive' | 'accent';
}

/** Horizontal bars, longest = `max` (default: the largest value); the numbers are text, the bars only illustrate. */
export function BarList({ bars, max, label }: { bars: Bar[]; max?: number; label: string }) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul class="bar-list" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key}>
          <span class="bar-label">{bar.label}</span>
          <span class="bar-track" aria-hidden="true">
            <span class={`bar-fill tone-${bar.tone ?? 'accent'}`} style={{ width: `${Math.max(2, (bar.value / top) * 100)}%` }} />
          </span>
          <span class="bar-value">{bar.valueLabel ?? bar.value}</span>
        </li>
      ))}
    </ul>
  );
}
