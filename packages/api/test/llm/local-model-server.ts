import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeModel, type ModelAnswer, type SeenRequest } from './fake-openai.ts';

/**
 * The fake model behind a real HTTP server on 127.0.0.1 (an OpenAI-compatible server such as Ollama or vLLM would
 * sit there). Real sockets, so a broken stream is a reset connection; base URL is `${url}/v1`.
 */
export async function startLocalModel(respond: (req: SeenRequest, index: number) => ModelAnswer | Promise<ModelAnswer>) {
  const model = fakeModel(respond);
  const server: Server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found","type":"invalid_request_error"}}');
        return;
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      const response = await model.handle(new Request(`http://127.0.0.1${req.url}`, { method: 'POST', headers, body: Buffer.concat(chunks) }));
      res.writeHead(response.status, Object.fromEntries(response.headers));
      const reader = response.body!.getReader();
      res.on('close', () => void reader.cancel().catch(() => undefined));
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        res.write(value);
      }
      res.end();
    } catch {
      res.destroy(); // a broken stream: the client sees the connection reset
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: model.requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
