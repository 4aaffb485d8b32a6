const FOCUSABLE = 'button:not([disabled]), a[href], textarea:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside `root` (a modal popover); returns true when it moved focus. */
export function trapTab(event: KeyboardEvent, root: ShadowRoot): boolean {
  if (event.key !== 'Tab') return false;
  const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === root.activeElement);
  if (items.length === 0) return false;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = root.activeElement;
  if (event.shiftKey && (active === first || !active)) {
    last.focus();
  } else if (!event.shiftKey && active === last) {
    first.focus();
  } else {
    return false;
  }
  event.preventDefault();
  return true;
}

/** The first control a person should land on inside `root`. */
export function firstFocusable(root: ShadowRoot): HTMLElement | null {
  return root.querySelector<HTMLElement>('[autofocus], textarea, .primary') ?? root.querySelector<HTMLElement>(FOCUSABLE);
}
