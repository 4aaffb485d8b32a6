/** A placeholder with the rough shape of what is loading, so the page does not jump when it arrives. */
export function Loading({ label = 'Loading…', lines = 3 }: { label?: string; lines?: number }) {
  return (
    <div class="loading" role="status" aria-live="polite">
      <span class="sr-only">{label}</span>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} class="skeleton" aria-hidden="true" />
      ))}
    </div>
  );
}
