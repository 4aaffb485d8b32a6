import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { productPage } from './page.ts';
import type { User } from './users.ts';

/** Settings of the pretend product's server. */
export interface OnboardingServerOptions {
  /** Where Parley runs (it serves the loader at /widget/parley.js and the API). */
  parleyUrl: string;
  publishableKey: string;
  users: User[];
  now?: () => Date;
}

const css = new URL('../public/app.css', import.meta.url);

/** `GET /?user=<id>`: the product page for that user (the first user by default); `GET /app.css`. */
export function createOnboardingServer(o: OnboardingServerOptions): Server {
  const parleyUrl = o.parleyUrl.replace(/\/$/, '');
  const parleyOrigin = new URL(parleyUrl).origin;
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/app.css') {
      return res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(await readFile(css));
    }
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    if (url.pathname !== '/') return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const user = o.users.find((u) => u.id === url.searchParams.get('user')) ?? o.users[0]!;
    const html = productPage({ user, users: o.users, parleyUrl, publishableKey: o.publishableKey, now: o.now?.() ?? new Date() });
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // Parley needs only this: its scripts, and calls to its API.
      'content-security-policy': `default-src 'self'; script-src ${parleyOrigin}; connect-src ${parleyOrigin}; img-src 'self' https: data:; style-src 'self'`,
    });
    res.end(html);
  });
}
