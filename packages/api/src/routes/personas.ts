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

/** Studies whose last personas are kept: a repeated request on unchanged interviews is answered at once. */
const CACHED_STUDIES = 50;

/** `POST /v1/studies/:id/personas {count?: 2–6}` (secret key): persona cards from what participants said and did. */
export function personaRoutes() {
  // Per study: the model, version and count the personas were built for (clustering 1,000 interviews takes seconds).
  const cache = new Map<string, { model: object; version: number; count: number; body: PersonasResponse }>();
  return new Hono<AppEnv>().post('/:id/personas', authenticate('secret'), limitCaller(), async (c) => {
    const { count } = await readJson(c, PersonasRequest, { optional: true });
    const deps = c.var.deps;
    const id = c.req.param('id');
    const view = await analysisOf(deps).view(deps, workspaceOf(c.var.principal), id);
    if (!view) throw notFound('study', id);
    const key = `${workspaceOf(c.var.principal)}\u0000${id}`;
    const wanted = count ?? DEFAULT_COUNT;
    const hit = cache.get(key);
    // A reloaded model starts its versions again: the model itself must be the same one.
    if (hit && hit.model === view.entry.model && hit.version === view.entry.model.version && hit.count === wanted) return c.json(hit.body);
    const set = buildPersonaSet(view.entry.model, wanted);
    // With a model, names and descriptions are written from each group's traits and quotes, and checked.
    const writer = analysisOf(deps).personaWriter;
    const personas = writer ? await writer.write({ researchQuestion: view.entry.frame.researchQuestion, drafts: set.drafts, signal: c.req.raw.signal }) : set.drafts.map((d) => d.persona);
    const body: PersonasResponse = { personas, ...(set.reason ? { note: set.reason } : {}) };
    cache.delete(key);
    cache.set(key, { model: view.entry.model, version: view.entry.model.version, count: wanted, body });
    if (cache.size > CACHED_STUDIES) cache.delete(cache.keys().next().value!);
    return c.json(body);
  });
}
