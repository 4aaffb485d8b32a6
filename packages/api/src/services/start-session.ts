import type { CreateSessionRequest, CreatedSession, Study } from '@parley/protocol';
import type { AppDeps } from '../deps.ts';
import type { SessionRecord, StoredTurn } from '../domain/records.ts';
import type { Principal } from '../auth/principal.ts';
import { ApiError, notFound } from '../http/api-error.ts';
import { hashCredential } from '../auth/hash-credential.ts';
import { recordContact } from './participants.ts';
import { checkInvitationUnused, invitationUsed } from './invitations.ts';

/**
 * Refuses (409) a start a study does not take: closed or archived for anyone, a draft for a publishable key. The
 * welcome route asks the same for publishable keys, so a widget never shows a welcome it cannot follow with a start.
 */
export function checkOpenTo(study: Study, kind: 'secret' | 'publishable'): void {
  if (study.status === 'closed') throw new ApiError('conflict', 'This study is closed and takes no new interviews.');
  if (study.archived) throw new ApiError('conflict', 'This study is archived and takes no new interviews.');
  if (study.status === 'draft' && kind === 'publishable') {
    throw new ApiError('conflict', 'This study is a draft; publish it (status "live") before participants can start it.');
  }
}

/**
 * Starts an interview of a study: stores the session with its greeting and returns the one-time session token. The
 * study's quota is checked by the store in the same atomic step as the write; a participant's earlier session of the
 * same study that is still active is ended as superseded; test sessions touch no participant record.
 */
export async function startSession(
  deps: AppDeps,
  principal: Extract<Principal, { kind: 'secret' | 'publishable' }>,
  input: CreateSessionRequest,
): Promise<CreatedSession> {
  const { store, interviewer, clock, ids } = deps;
  const test = input.test === true;
  if (test && principal.kind !== 'secret') {
    throw new ApiError('permission', 'Test sessions need the secret key; a publishable key only starts real interviews.');
  }
  const study = await store.getStudy(principal.workspaceId, input.studyId);
  if (!study) throw notFound('study', input.studyId);
  // A researcher tries a draft before publishing it: that is what test mode is for.
  checkOpenTo(study, test ? 'secret' : principal.kind);
  // Ids first, in a fixed order: a keyed retry after a crash draws the same ones (seeded-ids.ts), so it can tell the
  // session it started before the crash (which already used the invitation) from someone else's.
  const greetingId = ids.id('tu');
  const token = ids.secret('tok');
  const sessionId = ids.id('se');
  const invitation = input.invitationId ? await store.findInvitation(input.invitationId) : null;
  if (input.invitationId) {
    if (!invitation || invitation.workspaceId !== principal.workspaceId || invitation.studyId !== study.id) throw notFound('invitation', input.invitationId);
    if (Date.parse(invitation.expiresAt) < clock.now().getTime()) throw new ApiError('conflict', 'This invitation has expired.');
    if (invitation.sessionId !== sessionId) checkInvitationUnused(invitation);
  }
  const participantId = input.participant?.id ?? invitation?.participantId;
  if (study.experience.requireIdentity && !participantId && principal.kind === 'publishable') {
    throw new ApiError('permission', 'This study only interviews people the site has identified: start it with a participant id.');
  }
  const attributes = input.participant?.attributes ?? invitation?.attributes;
  const now = clock.now().toISOString();
  const opening = interviewer.start({ plan: study.plan, experience: study.experience, ...(input.locale ? { locale: input.locale } : {}) });
  const greeting: StoredTurn = { id: greetingId, role: 'interviewer', text: opening.text, at: now };
  const session: SessionRecord = {
    id: sessionId,
    workspaceId: principal.workspaceId,
    studyId: study.id,
    status: 'active',
    participant: { ...(participantId ? { id: participantId } : {}), ...(attributes ? { attributes } : {}) },
    trigger: input.trigger ?? null,
    ...(input.locale ? { locale: input.locale } : {}),
    interviewer: interviewer.kind,
    fallbacks: 0,
    usage: { promptTokens: 0, completionTokens: 0 },
    ...(test ? { test: true } : {}),
    startedAt: now,
    progress: opening.progress,
    state: opening.state,
    version: 1,
  };
  const maxSessions = study.targeting.maxSessions;
  const created = await store.createSession(
    session,
    [greeting],
    { hash: await hashCredential(token), kind: 'session', workspaceId: principal.workspaceId, sessionId: session.id },
    // The invitation is marked used in the same atomic step as the write: two starts at once cannot both use it.
    { ...(maxSessions === undefined ? {} : { maxSessions }), ...(invitation && !test ? { invitation } : {}) },
  );
  if (!created.ok && created.reason === 'invitation_used') throw invitationUsed();
  if (!created.ok) throw new ApiError('conflict', `This study has reached its limit of ${maxSessions} interview${maxSessions === 1 ? '' : 's'}.`);
  if (!test) {
    // Recontact windows count from here; a started invitation is not offered again.
    const previous = participantId ? await recordContact(deps, principal.workspaceId, participantId, study.id, now, session.id) : undefined;
    // The same person starting again (another device, a cleared browser) ends the interview left behind, so it never stays "In progress".
    if (previous) await store.endSession(principal.workspaceId, previous, { status: 'abandoned', endReason: 'superseded', endedAt: now });
  }
  return {
    id: session.id,
    token,
    status: 'active',
    study: { id: study.id, experience: study.experience },
    turns: [{ id: greeting.id, role: 'interviewer', text: greeting.text, at: greeting.at }],
    progress: opening.progress,
  };
}
