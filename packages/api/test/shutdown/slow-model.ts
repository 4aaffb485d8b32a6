import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An OpenAI-compatible server on 127.0.0.1 whose streamed answers take their time: a request whose text contains
 * SLOW answers after `slowMs`; one containing ENDLESS keeps the stream alive with empty chunks (never silent long
 * enough to time out) and never ends; anything else answers at once. Base URL: `${url}/v1`.
 */
export async function startSlowModel(slowMs: number) {
  const chunk = (content: string, finish: string | null = null) =>
    `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 0, model: 'fake', choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const piece of req) body += piece;
    const request = JSON.parse(body || '{}') as { stream?: boolean };
    const answer = 'next\nThank you. What happened after that?';
    if (!request.stream) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'c1', object: 'chat.completion', created: 0, model: 'fake', choices: [{ index: 0, message: { role: 'assistant', content: '{}' }, finish_reason: 'stop' }] }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    if (body.includes('ENDLESS')) {
      const timer = setInterval(() => res.write(chunk('')), 300);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (body.includes('SLOW')) await new Promise((r) => setTimeout(r, slowMs));
    res.write(chunk(answer));
    res.end(`${chunk('', 'stop')}data: [DONE]\n\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
