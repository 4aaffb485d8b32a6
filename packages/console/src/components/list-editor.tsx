import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

let nextRowId = 0;

/** Edits a list of short texts (goals, questions, stages): change, add, remove, reorder — all by keyboard too; `error` says why the whole list was refused. */
export function ListEditor(props: { id: string; label: string; items: string[]; onChange(items: string[]): void; addLabel: string; hint?: ComponentChildren; multiline?: boolean; errors?: Record<number, string>; error?: string | undefined }) {
  const { id, label, items, onChange } = props;
  const noun = label.toLowerCase();
  // Rows keep an identity of their own, so a moved row keeps its DOM node (and focus) and a removed one takes its own.
  const rowIds = useRef<number[]>([]);
  if (rowIds.current.length !== items.length) rowIds.current = items.map(() => nextRowId++);
  const focusNext = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!focusNext.current) return;
    document.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const set = (i: number, value: string) => onChange(items.map((v, j) => (j === i ? value : v)));
  const move = (i: number, by: number) => {
    const next = [...items];
    const ids = [...rowIds.current];
    next.splice(i + by, 0, next.splice(i, 1)[0]!);
    ids.splice(i + by, 0, ids.splice(i, 1)[0]!);
    rowIds.current = ids;
    const edge = i + by === 0 || i + by === items.length - 1;
    // At the top or bottom the button pressed is disabled: focus moves to the other direction's button.
    focusNext.current = `#${id} [data-row="${ids[i + by]}"] [data-action="${edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}"]`;
    setAnnouncement(`${label} moved to position ${i + by + 1} of ${items.length}.`);
    onChange(next);
  };
  const remove = (i: number) => {
    const ids = rowIds.current.filter((_, j) => j !== i);
    rowIds.current = ids;
    const neighbour = ids[Math.min(i, ids.length - 1)];
    focusNext.current = neighbour === undefined ? `#${id} [data-action="add"]` : `#${id} [data-row="${neighbour}"] [data-field]`;
    setAnnouncement(`${label} ${i + 1} removed.`);
    onChange(items.filter((_, j) => j !== i));
  };
  const add = () => {
    const rowId = nextRowId++;
    rowIds.current = [...rowIds.current, rowId];
    focusNext.current = `#${id} [data-row="${rowId}"] [data-field]`;
    onChange([...items, '']);
  };
  return (
    <fieldset class="list-editor" id={id}>
      <legend>{label}s</legend>
      {props.hint && <div class="hint">{props.hint}</div>}
      {/* A refusal about the whole list (too few goals) sits under its legend, like a field's. */}
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      <ol>
        {items.map((item, i) => {
          const error = props.errors?.[i];
          const errorId = `${id}-error-${rowIds.current[i]}`;
          // A row the server refused says why right under it, and its field points screen readers to the reason.
          const described = error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
          return (
          <li key={rowIds.current[i]} data-row={rowIds.current[i]}>
            {props.multiline ? (
              <textarea data-field aria-label={`${label} ${i + 1}`} rows={2} value={item} onInput={(e) => set(i, e.currentTarget.value)} {...described} />
            ) : (
              <input data-field aria-label={`${label} ${i + 1}`} value={item} onInput={(e) => set(i, e.currentTarget.value)} {...described} />
            )}
            <span class="row-actions">
              <button type="button" class="icon" data-action="up" aria-label={`Move ${noun} ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                ↑
              </button>
              <button type="button" class="icon" data-action="down" aria-label={`Move ${noun} ${i + 1} down`} disabled={i === items.length - 1} onClick={() => move(i, 1)}>
                ↓
              </button>
              <button type="button" class="icon" aria-label={`Remove ${noun} ${i + 1}`} onClick={() => remove(i)}>
                ✕
              </button>
            </span>
            {error && (
              <p class="row-error" id={errorId}>
                {error}
              </p>
            )}
          </li>
          );
        })}
      </ol>
      <button type="button" class="secondary" data-action="add" onClick={add}>
        {props.addLabel}
      </button>
      <span class="sr-only" aria-live="polite">
        {announcement}
      </span>
    </fieldset>
  );
}
