// Debug mode: each decision of the loader is logged, so a developer can see why an interview did or did not appear.

// Read once at load: `?parley_debug=1` in the page's address turns it on without touching the embed.
let on = /[?&]parley_debug=1/.test(location.search);

/** Turns debug mode on (`data-debug` on the script, or `Parley.init({ debug: true })`); it is never turned off. */
export const debugIf = (flag: unknown): unknown => (on ||= !!flag);

/** Logs one of the loader's decisions with `console.debug('[parley]', …)`, in debug mode only. */
export const log = (...a: unknown[]): unknown => on && console.debug('[parley]', ...a);

/** Reports an error the loader swallowed (it never throws into the host page), in debug mode only. */
export const warn = (e: unknown): unknown => on && console.warn('[parley]', e);
