import { Hono } from 'hono';
import { CreateSessionRequest, EndSessionRequest, ListSessionsQuery } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { idempotent } from '../http/idempotency.ts';
import { readJson, readQuery } from '../http/read-json.ts';
import { notFound } from '../http/api-error.ts';
import { startSession } from '../services/start-session.ts';
import { announceCompleted } from '../services/session-completed.ts';
import { presentSession } from '../services/present-session.ts';
import { sessionWorkspace } from '../services/take-turn.ts';
import type { KeyedMutex } from '../services/keyed-mutex.ts';
import { turnRoute } from './turns.ts';

/** Sessions: start (publishable or secret), list by study, status or outcome (secret), read and end (session token or secret), and turns. */
export function sessionRoutes(locks: KeyedMutex) {
  return new Hono<AppEnv>()
    .post('/', authenticate('publishable', 'secret'), limitCaller(), idempotent(), async (c) => {
      const input = await readJson(c, CreateSessionRequest);
      const principal = c.var.principal as Extract<typeof c.var.principal, { kind: 'secret' | 'publishable' }>;
      return c.json(await startSession(c.var.deps, principal, input), 201);
    })
    .get('/', authenticate('secret'), limitCaller(), async (c) => {
      const { studyId, status, outcome, test, limit, cursor } = readQuery(c, ListSessionsQuery);
      const page = await c.var.deps.store.listSessions(
        workspaceOf(c.var.principal),
        // Test sessions stay out of the list unless asked for; then only they are listed.
        { ...(studyId ? { studyId } : {}), ...(status ? { status } : {}), ...(outcome ? { outcome } : {}), test: test === 'true' },
        { limit, ...(cursor ? { cursor } : {}) },
      );
      return c.json({ data: page.data.map(presentSession), nextCursor: page.nextCursor });
    })
    .get('/:id', authenticate('session', 'secret'), limitCaller(), async (c) => {
      const id = c.req.param('id');
      const found = await c.var.deps.store.getSession(sessionWorkspace(c.var.principal, id), id);
      if (!found) throw notFound('session', id);
      return c.json(presentSession(found));
    })
    .post('/:id/end', authenticate('session', 'secret'), limitCaller(), async (c) => {
      const id = c.req.param('id');
      const workspaceId = sessionWorkspace(c.var.principal, id);
      const { reason = 'completed' } = await readJson(c, EndSessionRequest, { optional: true });
      const { store, clock } = c.var.deps;
      const release = await locks.acquire(id);
      try {
        const endedAt = clock.now().toISOString();
        const ended = await store.endSession(workspaceId, id, { status: reason === 'completed' ? 'completed' : 'abandoned', endReason: reason, endedAt });
        if (!ended) throw notFound('session', id);
        if (reason === 'completed' && ended.endReason === 'completed' && ended.endedAt === endedAt) announceCompleted(c.var.deps, ended);
        const found = await store.getSession(workspaceId, id);
        if (!found) throw notFound('session', id);
        return c.json(presentSession(found));
      } finally {
        release();
      }
    })
    .route('/', turnRoute(locks));
}
