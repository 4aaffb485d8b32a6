import { Hono } from 'hono';
import { CreateStudyRequest, ListStudiesQuery, UpdateStudyRequest, normalisePlan, type Study } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { idempotent } from '../http/idempotency.ts';
import { readJson, readQuery } from '../http/read-json.ts';
import { notFound } from '../http/api-error.ts';
import { createStudy, updateStudy } from '../services/create-study.ts';
import { studyOverlaps } from '../services/study-overlaps.ts';

/** Studies of the caller's workspace (secret key): create, list, read, change, and which others want the same moments. */
export function studyRoutes() {
  return new Hono<AppEnv>()
    .use(authenticate('secret'))
    .use(limitCaller())
    .post('/', idempotent(), async (c) => {
      const input = await readJson(c, CreateStudyRequest);
      return c.json(await createStudy(c.var.deps, workspaceOf(c.var.principal), input), 201);
    })
    .get('/', async (c) => {
      const { archived, limit, cursor } = readQuery(c, ListStudiesQuery);
      // Archived studies leave the default list; `?archived=true` lists only them.
      const page = await c.var.deps.store.listStudies(workspaceOf(c.var.principal), { limit, ...(cursor ? { cursor } : {}) }, { archived: archived === 'true' });
      return c.json({ ...page, data: page.data.map(withQuestions) });
    })
    .get('/:id', async (c) => {
      const study = await c.var.deps.store.getStudy(workspaceOf(c.var.principal), c.req.param('id'));
      if (!study) throw notFound('study', c.req.param('id'));
      return c.json(withQuestions(study));
    })
    .get('/:id/overlaps', async (c) => c.json(await studyOverlaps(c.var.deps, workspaceOf(c.var.principal), c.req.param('id'))))
    .patch('/:id', async (c) => {
      const input = await readJson(c, UpdateStudyRequest);
      return c.json(await updateStudy(c.var.deps, workspaceOf(c.var.principal), c.req.param('id'), input));
    });
}

/** A study as clients read it: `plan.questions` present even for plans stored before it existed (derived, never re-checked). */
function withQuestions(study: Study): Study {
  return study.plan.questions ? study : { ...study, plan: normalisePlan(study.plan) };
}
