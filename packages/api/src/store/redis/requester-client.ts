import { Redis, type Requester } from '@upstash/redis';

/**
 * An `@upstash/redis` client whose commands go through `requester` (e.g. tcp-requester.ts) instead of Upstash's REST
 * API, with replies left as Redis sends them, exactly like the REST client made by rest-client.ts.
 *
 * Why a subclass: the library's requester constructor takes no options, and its default JSON-parses every string
 * reply that looks like JSON ("42" becomes 42). The store decodes its own values, so both paths turn that off.
 */
class RawReplyRedis extends Redis {
  constructor(requester: Requester) {
    super(requester);
    this.opts = { automaticDeserialization: false };
  }
}

/** A Redis client that sends its command arrays to `requester`. */
export function redisOverRequester(requester: Requester): Redis {
  return new RawReplyRedis(requester);
}
