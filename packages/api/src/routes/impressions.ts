import { Hono } from 'hono';
import { ImpressionRequest } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { readJson } from '../http/read-json.ts';
import { notFound } from '../http/api-error.ts';

/**
 * `POST /v1/impressions` (publishable or secret key): the widget was shown, or declined with "Not now", without an
 * interview starting. Counted into the study's `stats.shown` / `stats.dismissed`, so the funnel reads shown → started
 * → completed without a session ever being made for a look.
 */
export function impressionRoutes() {
  return new Hono<AppEnv>().post('/', authenticate('publishable', 'secret'), limitCaller(), async (c) => {
    const input = await readJson(c, ImpressionRequest);
    const counted = await c.var.deps.store.recordImpression(workspaceOf(c.var.principal), input.studyId, input.kind);
    if (!counted) throw notFound('study', input.studyId);
    return c.json({ recorded: true }, 202);
  });
}
