import type { Attributes, Invitation, Study } from '@parley/protocol';
import type { AppDeps } from '../deps.ts';
import type { InvitationRecord } from '../domain/records.ts';
import { emitWebhookEvent } from '../webhooks/dispatch.ts';
import { ApiError } from '../http/api-error.ts';

/** How long an invitation link stays valid unless told otherwise. */
export const DEFAULT_INVITATION_DAYS = 14;

/** Creates an invitation to a study (optionally for one participant, optionally shown no earlier than `notBefore`). */
export async function createInvitation(
  deps: AppDeps,
  origin: string,
  study: Study,
  options: { participantId?: string; attributes?: Attributes; notBefore?: Date; expiresInDays?: number } = {},
): Promise<{ record: InvitationRecord; invitation: Invitation }> {
  const now = deps.clock.now();
  const notBefore = options.notBefore ?? now;
  const record: InvitationRecord = {
    id: deps.ids.id('in'),
    workspaceId: study.workspaceId,
    studyId: study.id,
    ...(options.participantId ? { participantId: options.participantId } : {}),
    ...(options.attributes ? { attributes: options.attributes } : {}),
    createdAt: now.toISOString(),
    notBefore: notBefore.toISOString(),
    expiresAt: new Date(notBefore.getTime() + (options.expiresInDays ?? DEFAULT_INVITATION_DAYS) * 86_400_000).toISOString(),
  };
  await deps.store.saveInvitation(record);
  // `origin` is the route's publicBaseUrl (PARLEY_PUBLIC_URL, a trusted proxy's forwarded scheme and host, or the request's).
  const invitation = presentInvitation(record, deps.config.publicUrl ?? origin);
  await emitWebhookEvent(deps, study.workspaceId, 'invitation.created', { invitation, studyId: study.id, participantId: record.participantId ?? null });
  return { record, invitation };
}

/**
 * Refuses (409) a second start from an invitation that already started an interview: an invitation is one person's
 * one interview, and a forwarded or leaked link must not open more. The widget picking its interview up again after a
 * reload resumes that session (its token), which is no start. A link for many people is the study's own, /i/s/<study>.
 */
export function checkInvitationUnused(invitation: InvitationRecord): void {
  if (invitation.sessionId) throw invitationUsed();
}

/** The refusal of a second start through one invitation. */
export function invitationUsed(): ApiError {
  return new ApiError('conflict', 'This invitation has already been used to start an interview; each invitation opens one interview.');
}

/** An invitation as the wire shows it, with its link. */
export function presentInvitation(record: InvitationRecord, baseUrl: string): Invitation {
  return { id: record.id, url: `${baseUrl.replace(/\/$/, '')}/i/${record.id}`, expiresAt: record.expiresAt };
}
