/** @parley/api — the Parley HTTP API as a runtime-agnostic Hono app plus its ports. */
export { createApp, type ParleyApp } from './app.ts';
export type { AppDeps, AppConfig, Clock, IdGenerator, Logger, PlanDrafter } from './deps.ts';
export type { Store } from './store/store.ts';
export { StoreUnavailableError } from './store/store.ts';
export type { Interviewer } from './interviewer/interviewer.ts';
export { randomIds } from './platform/random-ids.ts';
export { systemClock } from './platform/system-clock.ts';
export { jsonLogger, silentLogger } from './platform/json-logger.ts';
