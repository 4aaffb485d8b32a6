import { Hono } from 'hono';
import { DraftPlanRequest } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { readJson } from '../http/read-json.ts';

/** `POST /v1/plans` (secret key): a draft plan for a research question; nothing is stored. */
export function planRoutes() {
  return new Hono<AppEnv>().post('/', authenticate('secret'), limitCaller(), async (c) => {
    const input = await readJson(c, DraftPlanRequest);
    const drafted = await c.var.deps.planner.draft(input, c.req.raw.signal);
    // The plan remembers what kind of study it was drafted as, so insights can lead with the views that fit it.
    return c.json({ ...drafted, plan: { ...drafted.plan, template: drafted.template } });
  });
}
