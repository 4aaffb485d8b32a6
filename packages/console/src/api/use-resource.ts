import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { asFailure, type ApiFailure } from './api-failure.ts';

/** What a screen knows about something it loads: the data once there, the last failure, whether a load is running. */
export interface Resource<T> {
  data: T | null;
  /** The key the shown data was loaded for (differs from the current key while `keepPrevious` shows older data). */
  dataKey: string | null;
  error: ApiFailure | null;
  loading: boolean;
  /** Loads again now (replacing any load in flight). */
  reload(): void;
}

/** How a resource refreshes. */
export interface ResourceOptions {
  /** Reload every this many ms while the page is visible (live lists and insights). */
  pollMs?: number;
  /** Keep showing the previous key's data until the new key's arrives (a filter change should not blank the page). */
  keepPrevious?: boolean;
}

interface State<T> {
  data: T | null;
  dataKey: string | null;
  error: ApiFailure | null;
  errorKey: string | null;
  loading: boolean;
}

/**
 * Loads `load(signal)` when `key` changes, and again on a timer if asked. One request at a time: a new key or a reload
 * aborts the one in flight, and a poll tick is skipped while one runs, so a slow API never gets a pile of requests and
 * an old answer never lands over a newer one. Earlier data stays on screen while a refresh runs.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, key: string, { pollMs = 0, keepPrevious = false }: ResourceOptions = {}): Resource<T> {
  const [state, setState] = useState<State<T>>({ data: null, dataKey: null, error: null, errorKey: null, loading: true });
  const loader = useRef(load);
  loader.current = load;
  const inFlight = useRef<AbortController | null>(null);
  const run = useCallback(
    (replace: boolean) => {
      if (inFlight.current && !replace) return;
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setState((s) => ({ ...s, loading: true }));
      const settle = (next: (s: State<T>) => State<T>) => {
        if (inFlight.current !== controller) return;
        inFlight.current = null;
        setState(next);
      };
      loader.current(controller.signal).then(
        (data) => settle(() => ({ data, dataKey: key, error: null, errorKey: null, loading: false })),
        (err: unknown) => {
          if (controller.signal.aborted) return;
          settle((s) => ({ ...s, error: asFailure(err), errorKey: key, loading: false }));
        },
      );
    },
    [key],
  );
  useEffect(() => {
    run(true);
    const timer = pollMs ? setInterval(() => document.visibilityState === 'visible' && run(false), pollMs) : undefined;
    return () => {
      clearInterval(timer);
      inFlight.current?.abort();
      inFlight.current = null;
    };
  }, [run, pollMs]);
  const current = state.dataKey === key;
  return {
    data: current || keepPrevious ? state.data : null,
    dataKey: state.dataKey,
    error: state.errorKey === key ? state.error : null,
    loading: state.loading,
    reload: () => run(true),
  };
}
