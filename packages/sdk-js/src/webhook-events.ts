// What each webhook event carries in `data`, as the API sends it today. @parley/protocol types the delivery envelope
// but leaves `data` a free record, so these are read from the API's emitters (services/session-completed.ts,
// services/invitations.ts, analysis/analysis.ts). They belong in @parley/protocol; move them there when it has them.
import type { Invitation, Session, SessionOutcome, WebhookDelivery } from './types.ts';

// Type aliases, not interfaces: an alias is assignable to WebhookDelivery's `data: Record<string, unknown>`, so code
// written against the untyped delivery keeps compiling.

/** `data` of `session.completed`: an interview ended (test sessions are never announced). */
export type SessionCompletedData = {
  sessionId: string;
  studyId: string;
  /** Your id for the participant, when the session had one. */
  participantId: string | null;
  endReason: NonNullable<Session['endReason']>;
  /** How it went: tells a finished interview from one stopped early. */
  outcome: SessionOutcome;
  endedAt: string;
};

/** `data` of `invitation.created`: an invitation link was made (by `invitations.create` or a trigger). */
export type InvitationCreatedData = {
  invitation: Invitation;
  studyId: string;
  participantId: string | null;
};

/** `data` of `insights.updated`: a study's insights changed (sent at most once per window, with the latest counts). */
export type InsightsUpdatedData = {
  studyId: string;
  sessionsAnalyzed: number;
  turnsAnalyzed: number;
  updatedAt: string;
};

/** One delivery whose `type` names its `data`. */
type EventOf<Type extends WebhookDelivery['type'], Data> = Omit<WebhookDelivery, 'type' | 'data'> & { type: Type; data: Data };

/** A verified webhook delivery; `switch (event.type)` narrows `data`. */
export type WebhookEventPayload =
  | EventOf<'session.completed', SessionCompletedData>
  | EventOf<'invitation.created', InvitationCreatedData>
  | EventOf<'insights.updated', InsightsUpdatedData>;
