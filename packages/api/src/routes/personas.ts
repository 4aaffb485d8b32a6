import { Hono } from 'hono';
import { PersonasRequest, type PersonasResponse } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { readJson } from '../http/read-json.ts';
import { notFound } from '../http/api-error.ts';
import { analysisOf } from '../analysis/analysis.ts';
import { buildPersonaSet } from '../analysis/personas/build-personas.ts';

/** Personas asked for when the body names no count: the middle of the persona use case's 2–4. */
const DEFAULT_COUNT = 3;

/** `POST /v1/studies/:id/personas {count?: 2–6}` (secret key): persona cards from what participants said and did. */
export function personaRoutes() {
  return new Hono<AppEnv>().post('/:id/personas', authenticate('secret'), limitCaller(), async (c) => {
    const { count } = await readJson(c, PersonasRequest, { optional: true });
    const deps = c.var.deps;
    const id = c.req.param('id');
    const view = await analysisOf(deps).view(deps, workspaceOf(c.var.principal), id);
    if (!view) throw notFound('study', id);
    const set = buildPersonaSet(view.entry.model, count ?? DEFAULT_COUNT);
    // With a model, names and descriptions are written from each group's traits and quotes, and checked.
    const writer = analysisOf(deps).personaWriter;
    const personas = writer ? await writer.write({ researchQuestion: view.entry.frame.researchQuestion, drafts: set.drafts, signal: c.req.raw.signal }) : set.drafts.map((d) => d.persona);
    const body: PersonasResponse = { personas, ...(set.reason ? { note: set.reason } : {}) };
    return c.json(body);
  });
}
