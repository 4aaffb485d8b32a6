import { AsyncLocalStorage } from 'node:async_hooks';
import { ROOT_CONTEXT, type Context, type ContextManager } from '@opentelemetry/api';

/**
 * OpenTelemetry's active context carried across `await` by Node's AsyncLocalStorage, so a turn's model and store
 * spans nest under its request's span (what @opentelemetry/context-async-hooks does, in the few lines we need).
 */
export class NodeContextManager implements ContextManager {
  private readonly storage = new AsyncLocalStorage<Context>();

  /** The context of the code running now. */
  active(): Context {
    return this.storage.getStore() ?? ROOT_CONTEXT;
  }

  /** Runs `fn` with `context` active. */
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(context: Context, fn: F, thisArg?: ThisParameterType<F>, ...args: A): ReturnType<F> {
    return this.storage.run(context, () => fn.call(thisArg, ...args));
  }

  /** A function that runs with `context` active wherever it is called from; other targets are returned as they are. */
  bind<T>(context: Context, target: T): T {
    if (typeof target !== 'function') return target;
    const run = (this.with.bind(this) as (c: Context, f: unknown, t: unknown, ...a: unknown[]) => unknown);
    return function (this: unknown, ...args: unknown[]) {
      return run(context, target, this, ...args);
    } as T;
  }

  /** Nothing to start: the storage is ready. */
  enable(): this {
    return this;
  }

  /** Forgets the active context. */
  disable(): this {
    this.storage.disable();
    return this;
  }
}
