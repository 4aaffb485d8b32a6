// Single-page apps change pages through the history API without loading a new document; the loader hears of it here.

/** The page's address without its fragment: jumping to an in-page anchor is not a new page. */
export const pageUrl = (): string => location.href.split('#')[0]!;

/** Calls `heard` after every `history.pushState` / `replaceState` and on back / forward (`popstate`). */
export function onHistoryChange(heard: () => void): void {
  for (const m of ['pushState', 'replaceState'] as const) {
    const original = history[m];
    // The host's own call runs first and keeps its errors; only then does the loader look at the new address.
    history[m] = function (this: History, ...a: Parameters<History['pushState']>) {
      original.apply(this, a);
      heard();
    };
  }
  addEventListener('popstate', heard);
}
