import type { EligibilityRequest, EligibilityResponse, Study, Watch } from '@parley/protocol';
import type { AppDeps } from '../deps.ts';
import { matchTrigger } from '../targeting/rules.ts';
import { exclusionOf } from '../targeting/targeting.ts';
import { byClaimOrder, liveStudies } from './live-studies.ts';
import { loadParticipant, mergeAttributes, updateParticipant } from './participants.ts';

/**
 * What to show this participant now, in the browser: at most one study — a due invitation first, then a rule that
 * matches what just happened (event, page view, in-browser moment), then a `days_since` rule — and which in-browser
 * moments to watch for. An event rule with a delay queues the study for a later visit instead. Live studies that want
 * the same moment are tried in claim order (priority, then the oldest; archived ones never), and the first takes it.
 */
export async function checkEligibility(deps: AppDeps, workspaceId: string, input: EligibilityRequest): Promise<EligibilityResponse> {
  const now = deps.clock.now();
  const participant = await loadParticipant(deps, workspaceId, input.participantId);
  const attributes = mergeAttributes(participant.attributes, input.attributes);
  const studies = await liveStudies(deps.store, workspaceId);
  const byId = new Map(studies.map((s) => [s.id, s]));
  const allowed = (s: Study) => !exclusionOf(s, input.participantId, attributes, participant, now);

  // Several due invitations: the one of the study that claims moments first (priority, then the oldest study).
  const due = participant.pending
    .filter((p) => {
      const s = byId.get(p.studyId);
      return s && Date.parse(p.notBefore) <= now.getTime() && Date.parse(p.expiresAt) > now.getTime() && allowed(s);
    })
    .sort((a, b) => byClaimOrder(byId.get(a.studyId)!, byId.get(b.studyId)!))[0];
  if (due) return { show: { studyId: due.studyId, reason: due.invitationId ? 'invitation' : 'event:delayed', ...(due.invitationId ? { invitationId: due.invitationId } : {}) } };

  const ctx = { ...(input.event ? { event: input.event } : {}), ...(input.properties ? { properties: input.properties } : {}), ...(input.url ? { url: input.url } : {}), attributes, now };
  const delayed: Study[] = [];
  let show: EligibilityResponse['show'] = null;
  const watch: Watch[] = [];
  // Rules for what just happened first, then standing ones (days since sign-up), so a fresh moment wins. Within a
  // pass, studies come in claim order (liveStudies) and the first match takes the moment: shown now or, with a
  // delay, queued; a lower-priority study wanting the same moment gets neither.
  for (const pass of [['event', 'page_view', 'exit_intent', 'time_on_page'], ['days_since']]) {
    if (show) break;
    for (const study of studies) {
      if (!allowed(study)) continue;
      const match = study.triggers.filter((t) => pass.includes(t.on)).map((t) => matchTrigger(t, ctx)).find(Boolean);
      if (!match) continue;
      if (match.delayMinutes > 0) delayed.push(study);
      else show = { studyId: study.id, reason: match.reason };
      break;
    }
  }
  if (!show) {
    for (const study of studies.filter(allowed)) {
      for (const t of study.triggers) {
        if (t.on === 'exit_intent') watch.push({ on: 'exit_intent', studyId: study.id });
        if (t.on === 'time_on_page') watch.push({ on: 'time_on_page', studyId: study.id, seconds: t.seconds });
      }
    }
  }
  if (delayed.length > 0 || input.attributes) await queueDelayed(deps, workspaceId, input, delayed, now);
  return { show, ...(watch.length ? { watch } : {}) };
}

async function queueDelayed(deps: AppDeps, workspaceId: string, input: EligibilityRequest, delayed: Study[], now: Date): Promise<void> {
  await updateParticipant(deps, workspaceId, input.participantId, (p) => {
    const pending = p.pending.filter((x) => Date.parse(x.expiresAt) > now.getTime());
    for (const study of delayed) {
      if (pending.some((x) => x.studyId === study.id)) continue;
      const trigger = study.triggers.find((t) => t.on === 'event' && t.event === input.event);
      const delay = trigger?.on === 'event' ? (trigger.delayMinutes ?? 0) : 0;
      const notBefore = new Date(now.getTime() + delay * 60_000);
      pending.push({ invitationId: '', studyId: study.id, notBefore: notBefore.toISOString(), expiresAt: new Date(notBefore.getTime() + 14 * 86_400_000).toISOString() });
    }
    return { ...p, attributes: mergeAttributes(p.attributes, input.attributes), pending };
  });
}
