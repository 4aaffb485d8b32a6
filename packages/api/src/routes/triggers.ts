import { Hono } from 'hono';
import { CreateInvitationRequest, EligibilityRequest, TrackEventRequest } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { idempotent } from '../http/idempotency.ts';
import { readJson } from '../http/read-json.ts';
import { notFound } from '../http/api-error.ts';
import { trackEvent } from '../services/track-event.ts';
import { checkEligibility } from '../services/check-eligibility.ts';
import { createInvitation } from '../services/invitations.ts';
import { publicBaseUrl } from '../http/public-origin.ts';

/** Triggers, eligibility and invitations: `POST /v1/events`, `POST /v1/eligibility`, `POST /v1/invitations`. */
export function triggerRoutes() {
  return new Hono<AppEnv>()
    .post('/events', authenticate('secret'), limitCaller(), idempotent(), async (c) => {
      const input = await readJson(c, TrackEventRequest);
      return c.json(await trackEvent(c.var.deps, workspaceOf(c.var.principal), publicBaseUrl(c), input));
    })
    .post('/eligibility', authenticate('publishable', 'secret'), limitCaller(), async (c) => {
      const input = await readJson(c, EligibilityRequest);
      return c.json(await checkEligibility(c.var.deps, workspaceOf(c.var.principal), input));
    })
    .post('/invitations', authenticate('secret'), limitCaller(), idempotent(), async (c) => {
      const input = await readJson(c, CreateInvitationRequest);
      const workspaceId = workspaceOf(c.var.principal);
      const study = await c.var.deps.store.getStudy(workspaceId, input.studyId);
      if (!study) throw notFound('study', input.studyId);
      const { invitation } = await createInvitation(c.var.deps, publicBaseUrl(c), study, {
        ...(input.participant?.id ? { participantId: input.participant.id } : {}),
        ...(input.participant?.attributes ? { attributes: input.participant.attributes } : {}),
        ...(input.expiresInDays ? { expiresInDays: input.expiresInDays } : {}),
      });
      return c.json(invitation, 201);
    });
}
