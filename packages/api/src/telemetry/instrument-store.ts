import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE } from '@opentelemetry/semantic-conventions';
import type { Store } from '../store/store.ts';
import type { Telemetry } from './telemetry.ts';
import { ATTR } from './names.ts';

const INSTRUMENTED = Symbol('parley.telemetry.store');

/**
 * Wraps a store so every call of the port is timed (`parley.store.duration` by operation) and traced (a client span
 * `store <operation>`). Only the operation's name is recorded, never its arguments. Wrapping twice is a no-op.
 */
export function instrumentStore(store: Store, telemetry: Telemetry): Store {
  if (!telemetry.enabled || (store as unknown as Record<symbol, unknown>)[INSTRUMENTED]) return store;
  const { tracer, instruments } = telemetry;
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(store, {
    get(target, prop) {
      if (prop === INSTRUMENTED) return true;
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      let fn = wrapped.get(prop);
      if (!fn) {
        const method = value as (...args: unknown[]) => unknown;
        fn = (...args: unknown[]) => {
          const attributes = { [ATTR.storeOp]: prop, [ATTR.storeKind]: target.kind };
          const span = tracer.startSpan(`store ${prop}`, { kind: SpanKind.CLIENT, attributes });
          const started = performance.now();
          const settle = (error?: unknown) => {
            const errorType = error === undefined ? undefined : error instanceof Error ? error.name : 'unknown';
            instruments.storeDuration.record((performance.now() - started) / 1000, errorType ? { ...attributes, [ATTR_ERROR_TYPE]: errorType } : attributes);
            if (errorType) span.setAttribute(ATTR_ERROR_TYPE, errorType).setStatus({ code: SpanStatusCode.ERROR });
            span.end();
          };
          let result: unknown;
          try {
            result = method.apply(target, args);
          } catch (err) {
            settle(err);
            throw err;
          }
          if (result instanceof Promise) {
            result.then(() => settle(), (err: unknown) => settle(err));
          } else settle();
          return result;
        };
        wrapped.set(prop, fn);
      }
      return fn;
    },
  });
}
