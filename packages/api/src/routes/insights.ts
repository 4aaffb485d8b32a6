import { Hono } from 'hono';
import { InsightsQuery, type StudyInsights } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { readQuery } from '../http/read-json.ts';
import { notFound } from '../http/api-error.ts';
import { analysisOf } from '../analysis/analysis.ts';

/**
 * `GET /v1/studies/:id/insights[?segmentBy=attr]` (secret key): the study's live analysis. Served from the rendered
 * insights, never from a model call; an attribute no analysed session carries gives `segments: {}`.
 */
export function insightRoutes() {
  return new Hono<AppEnv>().get('/:id/insights', authenticate('secret'), limitCaller(), async (c) => {
    const { segmentBy } = readQuery(c, InsightsQuery);
    const deps = c.var.deps;
    const id = c.req.param('id');
    const view = await analysisOf(deps).view(deps, workspaceOf(c.var.principal), id);
    if (!view) throw notFound('study', id);
    const { insights, segmentsByAttribute } = view.rendered;
    const body: StudyInsights = segmentBy ? { ...insights, segments: segmentsByAttribute[segmentBy] ?? {} } : insights;
    return c.json(body);
  });
}
