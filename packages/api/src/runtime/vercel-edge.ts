/**
 * Vercel Edge Functions entry point: the same wiring as the Workers entry (worker.ts), with the settings read from
 * `process.env` (Vercel's edge runtime provides the project's environment variables there) and background work kept
 * alive by the platform's `waitUntil`. Guide: docs/deploy-vercel-edge.md.
 */
import { parleyWorker } from './worker.ts';

/** Tells Vercel to run this function on the edge runtime. */
export const config = { runtime: 'edge' };

/** What Vercel passes beside the request; `waitUntil` keeps work alive after the response. */
interface EdgeContext {
  waitUntil?: (work: Promise<unknown>) => void;
}

// Vercel sets x-real-ip to the client's address, overwriting whatever the client sent.
const worker = parleyWorker({ clientAddress: (c) => c.req.header('x-real-ip') });

/** Handles one request. */
export default function handler(request: Request, context?: EdgeContext): Response | Promise<Response> {
  return worker.fetch(request, process.env, {
    // Without a platform waitUntil the work still runs; it just may be cut short when the response ends.
    waitUntil: (work) => (context?.waitUntil ? context.waitUntil(work) : void work.catch(() => {})),
    passThroughOnException: () => {},
    props: {},
  });
}
