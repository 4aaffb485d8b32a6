import type { Requester } from './internal/requester.ts';

/** Base of every resource (`client.studies`, `client.sessions`…): holds the client's requester. */
export abstract class APIResource {
  /** Sends this client's requests; internal. */
  protected readonly _requester: Requester;

  /** Made by the client, not by callers. */
  constructor(requester: Requester) {
    this._requester = requester;
  }
}
