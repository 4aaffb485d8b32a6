import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';

/** One request a receiver got. */
export interface Received {
  status: number;
  body: string;
  signature: string;
  deliveryId: string;
  attempt: string;
}

/** A real HTTP receiver on 127.0.0.1 that answers 500 to the first `failures` requests (Infinity: to all), then 204. */
export async function receiver(failures: number) {
  const requests: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const status = requests.length < failures ? 500 : 204;
      requests.push({ status, body, signature: String(req.headers['parley-signature']), deliveryId: String(req.headers['parley-delivery-id']), attempt: String(req.headers['parley-delivery-attempt']) });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    requests,
    delivered: () => requests.filter((r) => r.status === 204),
    close: () => new Promise((r) => server.close(r)),
  };
}

/** Verifies a delivery the way a receiver should: HMAC-SHA256 of "t.body" with the secret. */
export function validSignature(body: string, header: string, secret: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=') as [string, string]));
  return createHmac('sha256', secret).update(`${parts.t}.${body}`).digest('hex') === parts.v1;
}

/** Waits (real time) until `check` holds. */
export async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Lets background work that would wrongly happen get the chance to (real time). */
export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));
