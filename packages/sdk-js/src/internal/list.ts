import type { RequestOptions } from '../request-options.ts';
import { PagePromise, type ListEnvelope } from '../pagination.ts';
import type { Requester, RequestSpec } from './requester.ts';

/** A lazily fetched, cursor-paginated `GET` list; `spec.query.cursor` (if any) is where it starts. */
export function listPages<T>(requester: Requester, spec: Pick<RequestSpec, 'path' | 'query'>, options: RequestOptions = {}): PagePromise<T> {
  const { cursor, ...query } = spec.query ?? {};
  const load = (next: string | undefined) =>
    requester.json<ListEnvelope<T>>({ method: 'GET', path: spec.path, retryable: true, query: { ...query, cursor: next } }, options);
  return new PagePromise<T>(load, typeof cursor === 'string' ? cursor : undefined);
}
