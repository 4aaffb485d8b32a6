import type { ComponentChildren } from 'preact';

/** Edits a list of short texts (goals, questions, stages): change, add, remove, reorder — all by keyboard too. */
export function ListEditor(props: { id: string; label: string; items: string[]; onChange(items: string[]): void; addLabel: string; hint?: ComponentChildren; multiline?: boolean }) {
  const { id, label, items, onChange } = props;
  const set = (i: number, value: string) => onChange(items.map((v, j) => (j === i ? value : v)));
  const move = (i: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onChange(next);
  };
  return (
    <fieldset class="list-editor" id={id}>
      <legend>{label}</legend>
      {props.hint && <div class="hint">{props.hint}</div>}
      <ol>
        {items.map((item, i) => (
          <li key={i}>
            {props.multiline ? (
              <textarea aria-label={`${label} ${i + 1}`} rows={2} value={item} onInput={(e) => set(i, e.currentTarget.value)} />
            ) : (
              <input aria-label={`${label} ${i + 1}`} value={item} onInput={(e) => set(i, e.currentTarget.value)} />
            )}
            <span class="row-actions">
              <button type="button" class="icon" aria-label={`Move ${label.toLowerCase()} ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                ↑
              </button>
              <button type="button" class="icon" aria-label={`Move ${label.toLowerCase()} ${i + 1} down`} disabled={i === items.length - 1} onClick={() => move(i, 1)}>
                ↓
              </button>
              <button type="button" class="icon" aria-label={`Remove ${label.toLowerCase()} ${i + 1}`} onClick={() => onChange(items.filter((_, j) => j !== i))}>
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      <button type="button" class="secondary" onClick={() => onChange([...items, ''])}>
        {props.addLabel}
      </button>
    </fieldset>
  );
}
