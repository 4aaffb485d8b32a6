import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ApiFailure } from './api-failure.ts';

/** What a screen knows about something it loads: the data once there, the last failure, whether a load is running. */
export interface Resource<T> {
  data: T | null;
  error: ApiFailure | null;
  loading: boolean;
  /** Loads again now. */
  reload(): void;
}

/** How a resource refreshes. */
export interface ResourceOptions {
  /** Reload every this many ms while the page is visible (live lists and insights). */
  pollMs?: number;
  /** Keep showing the previous key's data until the new key's arrives (a filter change should not blank the page). */
  keepPrevious?: boolean;
}

/**
 * Loads `load()` when `key` changes, and again on a timer if asked. Earlier data stays on screen while a refresh runs,
 * so polling never blanks or shifts the page.
 */
export function useResource<T>(load: () => Promise<T>, key: string, { pollMs = 0, keepPrevious = false }: ResourceOptions = {}): Resource<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiFailure | null; loading: boolean; key: string }>({ data: null, error: null, loading: true, key });
  const loader = useRef(load);
  loader.current = load;
  const run = useCallback(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    loader.current().then(
      (data) => current && setState({ data, error: null, loading: false, key }),
      (error: ApiFailure) => current && setState((s) => ({ data: s.key === key || keepPrevious ? s.data : null, error, loading: false, key })),
    );
    return () => void (current = false);
  }, [key]);
  useEffect(() => {
    let cancel = run();
    if (!pollMs) return cancel;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      cancel();
      cancel = run();
    }, pollMs);
    return () => (clearInterval(timer), cancel());
  }, [run, pollMs]);
  const data = state.key === key || keepPrevious ? state.data : null;
  return { data, error: state.error, loading: state.loading, reload: () => void run() };
}
