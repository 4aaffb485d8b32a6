import { cloneElement, isValidElement, type ComponentChildren } from 'preact';

/** A labelled form control with an optional hint, wired for screen readers. */
export function Field({ id, label, hint, children }: { id: string; label: string; hint?: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && isValidElement(children) ? cloneElement(children, { 'aria-describedby': `${id}-hint` }) : children}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
