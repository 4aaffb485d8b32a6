/** Shared pieces of the analysis benchmarks: app dependencies for a store, and percentiles. */
import type { AppDeps } from '../packages/api/src/deps.ts';
import type { Store } from '../packages/api/src/store/store.ts';
import { createOfflineInterviewer } from '../packages/api/src/interviewer/offline/offline-interviewer.ts';
import { offlinePlanner } from '../packages/api/src/planning/offline-planner.ts';
import { randomIds } from '../packages/api/src/platform/random-ids.ts';
import { systemClock } from '../packages/api/src/platform/system-clock.ts';

/** App dependencies around a store, logging errors only. */
export function benchDeps(store: Store, extra: Partial<AppDeps> = {}): AppDeps {
  return {
    store,
    interviewer: createOfflineInterviewer(),
    planner: offlinePlanner(),
    clock: systemClock(),
    ids: randomIds(),
    logger: { info: () => {}, error: (event, fields) => console.error(event, fields) },
    config: { adminKey: 'ak_bench_admin_key_0000000001', version: 'bench', maxBodyBytes: 64 * 1024 },
    ...extra,
  };
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
