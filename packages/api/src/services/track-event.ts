import type { TrackEventRequest, TrackEventResponse } from '@parley/protocol';
import type { AppDeps } from '../deps.ts';
import { matchTrigger } from '../targeting/rules.ts';
import { exclusionOf } from '../targeting/targeting.ts';
import { liveStudies } from './live-studies.ts';
import { loadParticipant, mergeAttributes, updateParticipant } from './participants.ts';
import { createInvitation } from './invitations.ts';

/**
 * A server-side event (e.g. `support_ticket_solved`): of the live studies whose event rule and targeting match, the one
 * that claims the moment (highest priority, then the oldest; see liveStudies) gets an invitation, which is also queued
 * for the participant's next visit (after the rule's delay). One moment asks one question: a second study wanting the
 * same event would only fight the first for the person's attention (and lose to the recontact window anyway).
 */
export async function trackEvent(deps: AppDeps, workspaceId: string, origin: string, input: TrackEventRequest): Promise<TrackEventResponse> {
  const now = input.at ? new Date(input.at) : deps.clock.now();
  const known = await loadParticipant(deps, workspaceId, input.participantId);
  const attributes = mergeAttributes(known.attributes, input.attributes);
  const matched: TrackEventResponse['matched'] = [];
  const queued: { invitationId: string; studyId: string; notBefore: string; expiresAt: string }[] = [];
  for (const study of await liveStudies(deps.store, workspaceId)) {
    const match = study.triggers
      .filter((t) => t.on === 'event')
      .map((t) => matchTrigger(t, { event: input.event, ...(input.properties ? { properties: input.properties } : {}), attributes, now }))
      .find(Boolean);
    if (!match) continue;
    if (exclusionOf(study, input.participantId, attributes, known, now)) continue;
    // The winner already waits for this person: the moment is taken, and no second study is invited for it.
    if (known.pending.some((p) => p.studyId === study.id && Date.parse(p.expiresAt) > now.getTime())) break;
    const { record, invitation } = await createInvitation(deps, origin, study, {
      participantId: input.participantId,
      attributes,
      notBefore: new Date(now.getTime() + match.delayMinutes * 60_000),
    });
    matched.push({ studyId: study.id, invitation });
    queued.push({ invitationId: record.id, studyId: study.id, notBefore: record.notBefore, expiresAt: record.expiresAt });
    break;
  }
  await updateParticipant(deps, workspaceId, input.participantId, (p) => ({
    ...p,
    attributes: mergeAttributes(p.attributes, input.attributes),
    pending: [...p.pending.filter((x) => Date.parse(x.expiresAt) > now.getTime()), ...queued],
  }));
  return { matched };
}
