// Wire names: embeds stay live on customers' sites for years, so none of these may ever change.

/** The custom element's tag name. */
export const ELEMENT_TAG = 'parley-interview';

/** DOM events the element dispatches (bubbling, composed CustomEvents). */
export const EVENTS = {
  open: 'parley:open',
  turn: 'parley:turn',
  complete: 'parley:complete',
  dismiss: 'parley:dismiss',
} as const;

/** Prefix of the versioned storage records the widget keeps in localStorage. */
export const STORAGE_PREFIX = 'parley:v1:';
