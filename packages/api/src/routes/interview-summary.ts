import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { notFound } from '../http/api-error.ts';
import { analysisOf } from '../analysis/analysis.ts';
import { presentThemes } from '../analysis/render/present-themes.ts';
import { interviewSummary } from '../analysis/render/interview-summary.ts';
import { presentSession } from '../services/present-session.ts';

/** `GET /v1/sessions/:id/summary` (secret key only: a participant's token never reads the analysis of their words). */
export function interviewSummaryRoutes() {
  return new Hono<AppEnv>().get('/:id/summary', authenticate('secret'), limitCaller(), async (c) => {
    const deps = c.var.deps;
    const id = c.req.param('id');
    const workspaceId = workspaceOf(c.var.principal);
    const found = await deps.store.getSession(workspaceId, id);
    if (!found) throw notFound('session', id);
    const session = presentSession(found);
    const view = await analysisOf(deps).view(deps, workspaceId, session.studyId);
    if (!view) throw notFound('session', id);
    const model = view.entry.model;
    const { themes, themeOfCluster } = presentThemes(model);
    return c.json(interviewSummary(model, model.sessions.get(id), { list: themes, ofCluster: themeOfCluster }, session));
  });
}
