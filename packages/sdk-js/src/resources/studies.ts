import type { APIPromise } from '../api-promise.ts';
import { APIResource } from '../resource.ts';
import { listPages } from '../internal/list.ts';
import { openStream } from '../internal/open-stream.ts';
import { path } from '../internal/path.ts';
import type { RequestOptions } from '../request-options.ts';
import type { PagePromise } from '../pagination.ts';
import type { EventStream } from '../streaming.ts';
import type { Study, StudyCreateParams, StudyListParams, StudyOverlaps, StudyUpdateParams, StudyWelcome, TextDelta } from '../types.ts';
import type { AskAnswer, AskParams, ExportFormat, Insights, InsightsParams, Personas, PersonasParams } from '../analysis-types.ts';

/**
 * `client.studies` (secret key). The analysis calls (`insights`, `ask`, `askStream`, `personas`, `export`) answer for
 * any study of the workspace, even one with no interviews yet (empty findings); only an unknown study is NotFoundError.
 */
export class Studies extends APIResource {
  /** Creates a study; without `plan` one is drafted from `researchQuestion`. Retried with one Idempotency-Key. */
  create(params: StudyCreateParams, options?: RequestOptions): APIPromise<Study> {
    return this._requester.json({ method: 'POST', path: '/v1/studies', body: params, retryable: false, idempotent: true }, options);
  }

  /** Lists studies, newest first (archived ones only with `archived: true`): `await` for a page, `for await` for all. */
  list(params: StudyListParams = {}, options?: RequestOptions): PagePromise<Study> {
    return listPages(this._requester, { path: '/v1/studies', query: { ...params } }, options);
  }

  /** Gets one study. */
  retrieve(id: string, options?: RequestOptions): APIPromise<Study> {
    return this._requester.json({ method: 'GET', path: path`/v1/studies/${id}`, retryable: true }, options);
  }

  /** Changes any of the create fields; it sets values, so sending it twice is harmless and it is retried. */
  update(id: string, params: StudyUpdateParams, options?: RequestOptions): APIPromise<Study> {
    return this._requester.json({ method: 'PATCH', path: path`/v1/studies/${id}`, body: params, retryable: true }, options);
  }

  /**
   * Deletes a study nobody took part in (its test sessions go with it). A study with interviews is a ConflictError:
   * archive it instead (`update(id, { archived: true })`). Retried: a lost answer's retry may then be NotFoundError.
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this._requester.json({ method: 'DELETE', path: path`/v1/studies/${id}`, retryable: true }, options);
  }

  /** Other live studies whose triggers can fire on the same moments as this one, and why (only one is shown per moment). */
  overlaps(id: string, options?: RequestOptions): APIPromise<StudyOverlaps> {
    return this._requester.json({ method: 'GET', path: path`/v1/studies/${id}/overlaps`, retryable: true }, options);
  }

  /**
   * What the widget shows before anyone presses Start (experience and language); creates nothing. Also answers a
   * publishable key (`{ apiKey: pk }`), then only for a study that takes interviews (else ConflictError).
   */
  welcome(id: string, options?: RequestOptions): APIPromise<StudyWelcome> {
    return this._requester.json({ method: 'GET', path: path`/v1/studies/${id}/welcome`, retryable: true }, options);
  }

  /** The study's live analysis: summary, themes, sentiment, optionally split by a participant attribute. */
  insights(id: string, params: InsightsParams = {}, options?: RequestOptions): APIPromise<Insights> {
    return this._requester.json({ method: 'GET', path: path`/v1/studies/${id}/insights`, query: { ...params }, retryable: true }, options);
  }

  /** Asks the study's interviews a question; resolves with the whole answer and its citations. */
  ask(id: string, params: AskParams, options?: RequestOptions): APIPromise<AskAnswer> {
    return this._requester.json({ method: 'POST', path: path`/v1/studies/${id}/ask`, body: params, retryable: true }, options);
  }

  /** Asks a question and streams the answer: `for await` the deltas, `final()` for the answer and citations. */
  askStream(id: string, params: AskParams, options?: RequestOptions): APIPromise<EventStream<TextDelta, AskAnswer>> {
    return openStream(this._requester, { method: 'POST', path: path`/v1/studies/${id}/ask`, body: params, retryable: true }, options);
  }

  /** Persona cards (2–6) grounded in the study's sessions. */
  personas(id: string, params: PersonasParams = {}, options?: RequestOptions): APIPromise<Personas> {
    return this._requester.json({ method: 'POST', path: path`/v1/studies/${id}/personas`, body: params, retryable: true }, options);
  }

  /** Transcripts and insights: parsed JSON by default, the raw text for `csv` and `md`. */
  export(id: string, params?: { format?: 'json' }, options?: RequestOptions): APIPromise<Record<string, unknown>>;
  export(id: string, params: { format: 'csv' | 'md' }, options?: RequestOptions): APIPromise<string>;
  export(id: string, params: { format?: ExportFormat } = {}, options?: RequestOptions): APIPromise<Record<string, unknown> | string> {
    const format = params.format ?? 'json';
    const spec = { method: 'GET', path: path`/v1/studies/${id}/export`, query: { format }, retryable: true, accept: '*/*' } as const;
    return format === 'json' ? this._requester.json(spec, options) : this._requester.text(spec, options);
  }
}
