import { cloneElement, isValidElement, type ComponentChildren } from 'preact';

/** A labelled form control with an optional hint and, once the API refused it, the reason right under it; wired for screen readers. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: ComponentChildren; error?: string | undefined; children: ComponentChildren }) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const wired = described && isValidElement(children) ? cloneElement(children, { 'aria-describedby': described, ...(error ? { 'aria-invalid': true } : {}) }) : children;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {wired}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
