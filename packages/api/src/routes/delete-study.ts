import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { ApiError, notFound } from '../http/api-error.ts';

/**
 * `DELETE /v1/studies/:id` (secret key): deletes a study nobody took part in (its test sessions go with it). A study
 * with real interviews is never deleted, so no participant's words are lost by a click: it is archived instead.
 */
export function deleteStudyRoutes() {
  return new Hono<AppEnv>().delete('/:id', authenticate('secret'), limitCaller(), async (c) => {
    const id = c.req.param('id');
    const outcome = await c.var.deps.store.deleteStudy(workspaceOf(c.var.principal), id);
    if (!outcome.deleted && outcome.reason === 'not_found') throw notFound('study', id);
    if (!outcome.deleted && outcome.reason === 'has_sessions') {
      const n = outcome.sessions;
      throw new ApiError('conflict', `This study has ${n} interview${n === 1 ? '' : 's'}; archive it instead (PATCH with "archived": true).`);
    }
    return c.body(null, 204);
  });
}
