/**
 * A small local stand-in for Upstash's REST API in front of a real Redis, so the edge test exercises the REST path
 * end to end offline. It speaks the documented protocol: `POST /` with a JSON command array answers `{ result }`,
 * `POST /pipeline` and `POST /multi-exec` with an array of command arrays answer an array of `{ result } | { error }`;
 * `Authorization: Bearer <token>` is required (401 otherwise); a failed single command is HTTP 400 `{ error }`.
 * With `Upstash-Encoding: base64` (what @upstash/redis sends by default) every string in a result is base64-encoded,
 * as Upstash does; we keep that default in the worker rather than `responseEncoding: false`, so the test runs the
 * client exactly as production does. Commands go to Redis through the Node TCP requester (RESP 2, plain-Redis dialect).
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openTcpRequester } from '../../src/store/redis/tcp-requester.ts';

function base64Strings(value: unknown): unknown {
  if (typeof value === 'string') return Buffer.from(value, 'utf8').toString('base64');
  if (Array.isArray(value)) return value.map(base64Strings);
  return value;
}

function encoded(answer: { result?: unknown; error?: string }, base64: boolean) {
  return answer.error !== undefined ? { error: answer.error } : { result: base64 ? base64Strings(answer.result) : answer.result };
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Starts the bridge on 127.0.0.1 (a free port) in front of the Redis at `redisUrl`. */
export async function startUpstashRestBridge(options: { redisUrl: string; token: string }) {
  const requester = await openTcpRequester({ url: options.redisUrl });
  let requests = 0;
  const server = createServer(async (req, res) => {
    const reply = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    try {
      if (req.method !== 'POST') return reply(405, { error: 'Method not allowed' });
      if (req.headers.authorization !== `Bearer ${options.token}`) return reply(401, { error: 'Unauthorized' });
      requests++;
      const base64 = String(req.headers['upstash-encoding'] ?? '').toLowerCase() === 'base64';
      const path = (req.url ?? '/').split('?')[0]!.replace(/\/+$/, '');
      const command = await body(req);
      if (path === '/pipeline' || path === '/multi-exec') {
        const answers = (await requester.request({ path: [path.slice(1)], body: command })) as unknown as { result?: unknown; error?: string }[];
        return reply(200, answers.map((a) => encoded(a, base64)));
      }
      if (path !== '') return reply(404, { error: `Unknown path ${path}` });
      const answer = await requester.request({ body: command });
      return reply(answer.error !== undefined ? 400 : 200, encoded(answer, base64));
    } catch (err) {
      reply(500, { error: `bridge: ${(err as Error).message}` });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** HTTP requests answered so far (each is one Redis round trip of the client). */
    requests: () => requests,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await requester.close();
    },
  };
}
