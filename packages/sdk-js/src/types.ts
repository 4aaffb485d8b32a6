// Wire shapes come from @parley/protocol, as types only: the SDK never loads zod at run time (it ships to browsers).
import type { z } from 'zod';
import type * as P from '@parley/protocol';

export type {
  Attributes,
  CreatedSession,
  CreatedWorkspace,
  DraftPlanResponse,
  EligibilityResponse,
  ErrorBody,
  ErrorIssue,
  ErrorType,
  Experience,
  Health,
  Invitation,
  Plan,
  Progress,
  QuestionCoverage,
  Session,
  SessionOutcome,
  SessionStatus,
  Study,
  StudyOverlap,
  StudyOverlaps,
  StudyStatus,
  StudyWelcome,
  Targeting,
  TrackEventResponse,
  Trigger,
  Turn,
  TurnResult,
  Watch,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryLog,
  WebhookDeliveryStatus,
  WebhookEvent,
  Workspace,
} from '@parley/protocol';

/** What a request body may contain: the schema's input (fields with defaults are optional). */
type Input<T extends z.ZodType> = z.input<T>;

/** Body of `workspaces.create`. */
export type WorkspaceCreateParams = Input<typeof P.CreateWorkspaceRequest>;
/** Body of `plans.create`. */
export type PlanCreateParams = Input<typeof P.DraftPlanRequest>;
/** Body of `studies.create`. */
export type StudyCreateParams = Input<typeof P.CreateStudyRequest>;
/** Body of `studies.update`: any of the create fields. */
export type StudyUpdateParams = Input<typeof P.UpdateStudyRequest>;
/** Body of `sessions.create`. */
export type SessionCreateParams = Input<typeof P.CreateSessionRequest>;
/** Body of `sessions.end`. */
export type SessionEndParams = Input<typeof P.EndSessionRequest>;
/** Body of `turns.create` / `turns.stream`; `id` defaults to a fresh turn id, reused on every retry. */
export type TurnCreateParams = Omit<Input<typeof P.PostTurnRequest>, 'id'> & { id?: string };
/** Body of `events.create`. */
export type EventCreateParams = Input<typeof P.TrackEventRequest>;
/** Body of `eligibility.check`. */
export type EligibilityCheckParams = Input<typeof P.EligibilityRequest>;
/** Body of `invitations.create`. */
export type InvitationCreateParams = Input<typeof P.CreateInvitationRequest>;
/** Body of `webhooks.create`. */
export type WebhookCreateParams = Input<typeof P.CreateWebhookRequest>;
/** Body of `impressions.create`. */
export type ImpressionCreateParams = Input<typeof P.ImpressionRequest>;

/** Paging of every list: `limit` 1–100 (default 20) and the `cursor` of a previous page. */
export interface ListParams {
  limit?: number;
  cursor?: string;
}
/**
 * Query of `sessions.list`: by study, status and/or outcome (how it went: `stopped_early` spans two statuses).
 * `test: true` lists only test sessions (a researcher trying the study); by default they are left out.
 */
export type SessionListParams = ListParams & Partial<Pick<P.ListSessionsQuery, 'studyId' | 'status' | 'outcome'>> & { test?: boolean };
/** Query of `studies.list`: `archived: true` lists only archived studies; by default they are left out. */
export type StudyListParams = ListParams & { archived?: boolean };

/** One piece of a streamed reply: `event: delta` `data: {"text":"…"}` of API.md. */
export interface TextDelta {
  text: string;
}
