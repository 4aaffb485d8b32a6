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

/**
 * Prefix of the versioned storage records the widget keeps in localStorage. A record's key is
 * `parley:v1:<study>:<participant>[:<invitation>]` (see `savedSessionKey`): the loader reads these keys to offer
 * "Continue your interview" without downloading the element, and `Parley.reset()` removes every one of them.
 */
export const STORAGE_PREFIX = 'parley:v1:';

/**
 * The storage key of one study's saved session for one participant (`anonymous` when the host page gave none), and for
 * one invitation when it came from one: a shared device never shows one person's answers to the next. The participant
 * id goes through `escape` so an id holding ':' cannot pass for another; `escape` rather than `encodeURIComponent`
 * because the loader repeats it and it is shorter there, and because it leaves ids like `u@x.com` as they were stored.
 */
export const savedSessionKey = (study: string, participant?: string, invitation?: string): string =>
  `${STORAGE_PREFIX}${study}:${escape(participant ?? 'anonymous')}${invitation ? `:${invitation}` : ''}`;
