/** A successful call's parsed body with the raw response it came in and that response's `x-request-id`. */
export interface WithResponse<T> {
  data: T;
  response: Response;
  /** The `x-request-id` of the response (quote it to support); undefined if a proxy stripped it. */
  requestId: string | undefined;
}

/**
 * What every call returns: `await` it for the parsed body, or `.withResponse()` for the body, the raw `Response`
 * (headers, status) and the request id. A real Promise, so it fits wherever one is expected (as openai-node's APIPromise).
 */
export class APIPromise<T> extends Promise<T> {
  readonly #responsePromise: Promise<WithResponse<T>>;
  #parsed: Promise<T> | undefined;

  /** Made by the SDK's resources, not by callers. */
  constructor(responsePromise: Promise<WithResponse<T>>) {
    // The executor's value is never read: then/catch/finally below go through #responsePromise.
    super((resolve) => resolve(null as T));
    this.#responsePromise = responsePromise;
  }

  // Promise methods (then, Promise.all…) build results with `new this.constructor(executor)`: give them plain Promises.
  static override get [Symbol.species]() {
    return Promise;
  }

  /** The parsed body with the raw `Response` and its `x-request-id`. The body has already been read: use `data`. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#responsePromise;
  }

  /** The raw `Response` (status, headers); its body has been read. */
  asResponse(): Promise<Response> {
    return this.#responsePromise.then((r) => r.response);
  }

  #data(): Promise<T> {
    this.#parsed ??= this.#responsePromise.then((r) => r.data);
    return this.#parsed;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#data().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#data().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#data().finally(onfinally);
  }
}

/** The `x-request-id` of a response, if it has one. */
export function requestIdOf(response: Response): string | undefined {
  return response.headers.get('x-request-id') ?? undefined;
}
