import { Hono } from 'hono';
import type { StudyWelcome } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { notFound } from '../http/api-error.ts';
import { checkOpenTo } from '../services/start-session.ts';

/**
 * `GET /v1/studies/:id/welcome` (publishable or secret key): what the widget shows before anyone presses Start. It
 * creates nothing, so page views and "Not now" never count as interviews; a publishable key gets it only for a study
 * that would take an interview (the same 409s as `POST /v1/sessions`).
 */
export function studyWelcomeRoutes() {
  return new Hono<AppEnv>().get('/:id/welcome', authenticate('publishable', 'secret'), limitCaller(), async (c) => {
    const id = c.req.param('id');
    const principal = c.var.principal;
    const study = await c.var.deps.store.getStudy(workspaceOf(principal), id);
    if (!study) throw notFound('study', id);
    checkOpenTo(study, principal.kind === 'publishable' ? 'publishable' : 'secret');
    const body: StudyWelcome = { study: { id: study.id, experience: study.experience, language: study.plan.language } };
    return c.json(body);
  });
}
