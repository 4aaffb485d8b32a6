import type { APIPromise, WithResponse } from './api-promise.ts';
import { ParleyError } from './errors.ts';

/** The `{ data, nextCursor }` envelope of every list answer (API.md "Conventions"). */
export interface ListEnvelope<T> {
  data: T[];
  nextCursor: string | null;
}

type LoadPage<T> = (cursor: string | undefined) => APIPromise<ListEnvelope<T>>;

/** One page of a list; `for await` over it continues through the following pages. */
export class Page<T> implements AsyncIterable<T> {
  /** The items of this page. */
  readonly data: T[];
  /** The cursor of the next page; null on the last page. */
  readonly nextCursor: string | null;
  readonly #load: LoadPage<T>;

  /** Wraps one list answer; made by the SDK's resources, not by callers. */
  constructor(load: LoadPage<T>, envelope: ListEnvelope<T>) {
    this.#load = load;
    this.data = envelope.data;
    this.nextCursor = envelope.nextCursor;
  }

  /** Whether another page follows this one. */
  hasNextPage(): boolean {
    return this.nextCursor !== null;
  }

  /** Fetches the page after this one. */
  async getNextPage(): Promise<Page<T>> {
    if (this.nextCursor === null) throw new ParleyError('This is the last page; check hasNextPage() first.');
    return new Page(this.#load, await this.#load(this.nextCursor));
  }

  /** This page and every page after it, fetched one at a time as you go. */
  async *iterPages(): AsyncGenerator<Page<T>, void, undefined> {
    let page: Page<T> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Every item from this page on, fetching the next page only when this one is used up. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/**
 * What a `list()` call returns: `await` it (or call `.page()`) for the first page, or `for await` over it for every
 * item across all pages. Nothing is sent until you do one of those.
 */
export class PagePromise<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  readonly #load: LoadPage<T>;
  readonly #cursor: string | undefined;
  #first: Promise<WithResponse<Page<T>>> | undefined;

  /** Made by the SDK's resources, not by callers. */
  constructor(load: LoadPage<T>, cursor?: string) {
    this.#load = load;
    this.#cursor = cursor;
  }

  /** The first page (fetched once, then remembered). */
  page(): Promise<Page<T>> {
    return this.withResponse().then((r) => r.data);
  }

  /** The first page with the raw `Response` it came in and its `x-request-id`. */
  withResponse(): Promise<WithResponse<Page<T>>> {
    this.#first ??= this.#load(this.#cursor)
      .withResponse()
      .then((r) => ({ ...r, data: new Page(this.#load, r.data) }));
    return this.#first;
  }

  /** Lets `await client.studies.list()` give the first page. */
  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((value: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.page().then(onfulfilled, onrejected);
  }

  /** Every item of every page, in order. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    yield* await this.page();
  }
}
