/**
 * @parley/sdk/browser — the Parley client for web pages, with a publishable key only: say who the visitor is, report
 * what they do, and learn whether an interview is due. The interview UI itself is the widget's loader
 * (`<script src="…/widget/parley.js">`); when it is on the page, `show` and `track` open interviews through it.
 */
import { ParleyError } from './errors.ts';
import { clientHeaders } from './internal/client-headers.ts';
import { Requester } from './internal/requester.ts';
import type { Fetch, RequestOptions } from './request-options.ts';
import type { Attributes, EligibilityResponse } from './types.ts';

export {
  ParleyError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  PayloadTooLargeError,
  RateLimitError,
  UpstreamError,
  InternalServerError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
} from './errors.ts';
export type { EligibilityResponse, Attributes } from './types.ts';
export type { Fetch, RequestOptions } from './request-options.ts';

/** The visitor: your id for them, and attributes to target and segment by (e.g. `{ plan: 'pro', signedUpAt }`). */
export interface BrowserParticipant {
  id: string;
  attributes?: Attributes;
}

/** The loader's global `Parley` (parley.js); its name and methods are wire names of the widget. */
export interface LoaderGlobal {
  init(options: { api: string; publishableKey: string; participant?: { id?: string; attributes?: Record<string, unknown> }; elementUrl?: string; debug?: boolean }): void;
  show(studyId: string, invitationId?: string): void;
  // The loader also has identify, track, page and reset (docs/widget.md); this client needs only these two.
}

/** Options of `init`. */
export interface BrowserOptions {
  /** The API's base URL. */
  api: string;
  /** The workspace's publishable key `pk_…` (safe in a browser; only eligibility and starting sessions). */
  publishableKey: string;
  /** The visitor, if known now; else call `identify` later. */
  participant?: BrowserParticipant;
  /** Open the interview `track` answers with through the loader, when the loader is on the page (default true). */
  autoShow?: boolean;
  /** Where the loader is; default `globalThis.Parley`. */
  loader?: () => LoaderGlobal | undefined;
  fetch?: Fetch;
  timeoutMs?: number;
  maxRetries?: number;
}

/** One page's Parley client; make it with `init`. */
export class ParleyBrowser {
  readonly #options: BrowserOptions;
  readonly #requester: Requester;
  #participant: BrowserParticipant | undefined;

  /** Prefer `init(options)`. */
  constructor(options: BrowserOptions) {
    if (!options.api || !options.publishableKey) throw new ParleyError('init needs api and publishableKey.');
    if (/^sk_/.test(options.publishableKey)) throw new ParleyError('That is a secret key; a browser may only hold the publishable key (pk_…).');
    this.#options = options;
    this.#participant = options.participant;
    this.#requester = new Requester({
      apiKey: options.publishableKey,
      baseUrl: options.api,
      timeoutMs: options.timeoutMs ?? 15_000,
      maxRetries: options.maxRetries ?? 2,
      fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
      // A page cannot set User-Agent; x-parley-client only once the API's CORS allows it (internal/client-headers.ts).
      headers: clientHeaders(true),
    });
  }

  /** The visitor as last identified. */
  get participant(): BrowserParticipant | undefined {
    return this.#participant;
  }

  /** Sets who the visitor is; attributes of the same person are merged with those already known. */
  identify(participant: BrowserParticipant): this {
    const same = this.#participant?.id === participant.id;
    const attributes = { ...(same ? this.#participant?.attributes : {}), ...participant.attributes };
    this.#participant = { id: participant.id, ...(Object.keys(attributes).length ? { attributes } : {}) };
    return this;
  }

  /**
   * Reports an event (or, without one, just asks) and resolves with the API's decision: `{ show: null }` or the study to
   * show now (and `watch`: in-browser moments the loader watches for itself). With the loader on the page (and
   * `autoShow`), that interview opens.
   */
  async track(event?: string, properties?: Record<string, unknown>, options?: RequestOptions): Promise<EligibilityResponse> {
    const participant = this.#participant;
    if (!participant?.id) throw new ParleyError('Call identify({ id }) (or pass participant to init) before track.');
    const url = (globalThis as { location?: { href?: string } }).location?.href;
    const body = {
      participantId: participant.id,
      ...(participant.attributes ? { attributes: participant.attributes } : {}),
      ...(event ? { event } : {}),
      ...(properties ? { properties } : {}),
      ...(url ? { url } : {}),
    };
    const decision = await this.#requester.json<EligibilityResponse>({ method: 'POST', path: '/v1/eligibility', body, retryable: true }, options);
    if (decision.show && this.#options.autoShow !== false) this.show(decision.show.studyId, decision.show.invitationId);
    return decision;
  }

  /** Opens a study's interview (answering an invitation, if given) through the loader; false when the loader is not on the page. */
  show(studyId: string, invitationId?: string): boolean {
    const loader = (this.#options.loader ?? defaultLoader)();
    if (!loader) return false;
    const { api, publishableKey } = this.#options;
    loader.init({ api, publishableKey, ...(this.#participant ? { participant: this.#participant } : {}) });
    if (invitationId) loader.show(studyId, invitationId);
    else loader.show(studyId);
    return true;
  }
}

/** Starts the browser client for this page (no global state: keep the returned client). */
export function init(options: BrowserOptions): ParleyBrowser {
  return new ParleyBrowser(options);
}

function defaultLoader(): LoaderGlobal | undefined {
  const candidate = (globalThis as { Parley?: Partial<LoaderGlobal> }).Parley;
  return typeof candidate?.show === 'function' && typeof candidate.init === 'function' ? (candidate as LoaderGlobal) : undefined;
}
