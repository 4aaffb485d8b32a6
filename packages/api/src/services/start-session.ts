import type { CreateSessionRequest, CreatedSession } from '@parley/protocol';
import type { AppDeps } from '../deps.ts';
import type { SessionRecord, StoredTurn } from '../domain/records.ts';
import type { Principal } from '../auth/principal.ts';
import { ApiError, notFound } from '../http/api-error.ts';
import { hashCredential } from '../auth/hash-credential.ts';
import { recordContact } from './participants.ts';

/** Starts an interview of a study: stores the session with its greeting and returns the one-time session token. */
export async function startSession(
  deps: AppDeps,
  principal: Extract<Principal, { kind: 'secret' | 'publishable' }>,
  input: CreateSessionRequest,
): Promise<CreatedSession> {
  const { store, interviewer, clock, ids } = deps;
  const study = await store.getStudy(principal.workspaceId, input.studyId);
  if (!study) throw notFound('study', input.studyId);
  if (study.status === 'closed') throw new ApiError('conflict', 'This study is closed and takes no new interviews.');
  if (study.status === 'draft' && principal.kind === 'publishable') {
    throw new ApiError('conflict', 'This study is a draft; publish it (status "live") before participants can start it.');
  }
  const invitation = input.invitationId ? await store.findInvitation(input.invitationId) : null;
  if (input.invitationId) {
    if (!invitation || invitation.workspaceId !== principal.workspaceId || invitation.studyId !== study.id) throw notFound('invitation', input.invitationId);
    if (Date.parse(invitation.expiresAt) < clock.now().getTime()) throw new ApiError('conflict', 'This invitation has expired.');
  }
  const participantId = input.participant?.id ?? invitation?.participantId;
  const attributes = input.participant?.attributes ?? invitation?.attributes;
  const now = clock.now().toISOString();
  const opening = interviewer.start({ plan: study.plan, experience: study.experience, ...(input.locale ? { locale: input.locale } : {}) });
  const greeting: StoredTurn = { id: ids.id('tu'), role: 'interviewer', text: opening.text, at: now };
  const token = ids.secret('tok');
  const session: SessionRecord = {
    id: ids.id('se'),
    workspaceId: principal.workspaceId,
    studyId: study.id,
    status: 'active',
    participant: { ...(participantId ? { id: participantId } : {}), ...(attributes ? { attributes } : {}) },
    trigger: input.trigger ?? null,
    ...(input.locale ? { locale: input.locale } : {}),
    interviewer: interviewer.kind,
    fallbacks: 0,
    usage: { promptTokens: 0, completionTokens: 0 },
    startedAt: now,
    progress: opening.progress,
    state: opening.state,
    version: 1,
  };
  await store.createSession(session, [greeting], {
    hash: await hashCredential(token),
    kind: 'session',
    workspaceId: principal.workspaceId,
    sessionId: session.id,
  });
  // Recontact windows count from here; a started invitation is not offered again.
  if (participantId) await recordContact(deps, principal.workspaceId, participantId, study.id, now);
  if (invitation && !invitation.sessionId) await store.saveInvitation({ ...invitation, sessionId: session.id });
  return {
    id: session.id,
    token,
    status: 'active',
    study: { id: study.id, experience: study.experience },
    turns: [{ id: greeting.id, role: 'interviewer', text: greeting.text, at: greeting.at }],
    progress: opening.progress,
  };
}
