/**
 * The Node-only half of the Redis store's TCP path: an `@upstash/redis` requester that forwards command arrays to a
 * plain Redis over TCP with node-redis. Kept in its own file so that edge bundles (runtime/worker.ts) never import it.
 *
 * - RESP 2, so replies have the shapes Upstash's REST API gives (HGETALL as a flat array, not an object).
 * - `pipeline` and `multi-exec` requests answer an array of `{ result } | { error }`, single commands `{ result }`.
 * - Redis error replies become `{ error }` (the client raises them); a lost connection, a refused one or a timeout
 *   rejects, which the store turns into StoreUnavailableError (503). No retries here: a write whose reply was lost
 *   may have happened, and the API's own idempotency (turn ids, Idempotency-Key) is the safe place to retry.
 * - While disconnected, commands fail at once instead of queueing (the API answers 503 rather than hanging) and
 *   node-redis reconnects in the background.
 */
import type { Requester, UpstashRequest, UpstashResponse } from '@upstash/redis';
import { createClient, ErrorReply, MultiErrorReply } from 'redis';
import { StoreUnavailableError } from '../store.ts';
import { PlainRedisDialect } from './plain-redis-dialect.ts';

/** Settings of the TCP connection. */
export interface TcpRequesterOptions {
  /** REDIS_URL, e.g. redis://:password@host:6379/0 (rediss:// for TLS). */
  url: string;
  /** A command with no reply after this long fails (503); default 2000 ms. */
  commandTimeoutMs?: number;
  /** Opening fails if Redis cannot be reached within this long; default 5000 ms. */
  connectTimeoutMs?: number;
  /** Connection errors while running (reconnects are automatic); default: ignored. */
  onError?: (err: Error) => void;
  /** Counts every request (one network round trip each), for benchmarks and tests. */
  onRequest?: (req: UpstashRequest) => void;
}

/** A requester with the connection it owns. */
export interface TcpRequester extends Requester {
  /** Closes the connection. */
  close(): Promise<void>;
}

function argument(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function errorOrThrow(err: unknown): UpstashResponse<never> {
  if (err instanceof ErrorReply) return { error: err.message };
  throw err;
}

function timeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/** Connects to the Redis at `url` and returns a requester over that connection; rejects if it cannot be reached. */
export async function openTcpRequester(options: TcpRequesterOptions): Promise<TcpRequester> {
  const commandTimeoutMs = options.commandTimeoutMs ?? 2000;
  const connectTimeoutMs = options.connectTimeoutMs ?? 5000;
  let connectedOnce = false;
  const client = createClient({
    url: options.url,
    RESP: 2,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: connectTimeoutMs,
      // Opening fails at the first refusal (a supervisor restarts the process; a test fails at once). Once connected,
      // reconnect forever, backing off up to 2 s with jitter: Redis coming back must heal the API by itself.
      reconnectStrategy: (retries: number, cause: Error) =>
        connectedOnce ? Math.min(50 * 2 ** retries, 2000) * (0.75 + Math.random() / 2) : cause,
    },
  });
  client.on('ready', () => (connectedOnce = true));
  client.on('error', (err: Error) => options.onError?.(err));
  try {
    await timeout(client.connect(), connectTimeoutMs, `connecting to Redis at ${redactedUrl(options.url)}`);
  } catch (err) {
    client.destroy();
    throw new StoreUnavailableError(`cannot reach Redis at ${redactedUrl(options.url)}: ${(err as Error).message}`, { cause: err });
  }

  const dialect = new PlainRedisDialect();
  // node-redis's own command timeout stops only commands not yet written; one already sent to a Redis that froze
  // would wait forever, so every call is raced against a timer. Its late reply is still read in order and dropped.
  const send = (command: unknown[]) => timeout(client.sendCommand(dialect.adapt(command.map(argument))), commandTimeoutMs, 'Redis command');

  async function transaction(commands: unknown[][]): Promise<UpstashResponse<unknown>[]> {
    const tx = client.multi();
    for (const command of commands) tx.addCommand(dialect.adapt(command.map(argument)));
    try {
      const replies = await timeout(tx.exec(), commandTimeoutMs, 'MULTI/EXEC');
      return replies.map((result) => ({ result }));
    } catch (err) {
      if (!(err instanceof MultiErrorReply)) throw err;
      return err.replies.map((reply) => (reply instanceof ErrorReply ? { error: reply.message } : { result: reply }));
    }
  }

  return {
    async request<TResult>(req: UpstashRequest): Promise<UpstashResponse<TResult>> {
      options.onRequest?.(req);
      const body = req.body as unknown[];
      const kind = req.path?.[0];
      // The client reads pipeline and multi-exec answers as arrays; the Requester type only knows single answers.
      if (kind === 'pipeline') {
        const answers = await Promise.all((body as unknown[][]).map((c) => send(c).then((result) => ({ result }), errorOrThrow)));
        return answers as UpstashResponse<TResult>;
      }
      if (kind === 'multi-exec') return (await transaction(body as unknown[][])) as UpstashResponse<TResult>;
      return (await send(body).then((result) => ({ result }), errorOrThrow)) as UpstashResponse<TResult>;
    },
    async close() {
      try {
        await client.close();
      } catch {
        client.destroy();
      }
    },
  };
}

/** The URL without its password, for messages and logs. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the configured REDIS_URL';
  }
}
