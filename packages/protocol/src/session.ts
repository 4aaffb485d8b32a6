import { z } from 'zod';
import { named } from './registry.ts';
import { FreeFormObject } from './free-form.ts';
import { Attributes, Timestamp, TokenUsage, TurnId } from './common.ts';
import { Experience } from './study.ts';

/** The longest participant message accepted, in characters. */
export const MAX_MESSAGE_CHARS = 4000;

/** One message of the conversation. */
export const Turn = named(
  'Turn',
  z.object({ id: z.string(), role: z.enum(['interviewer', 'participant']), text: z.string(), at: Timestamp }),
);
export type Turn = z.infer<typeof Turn>;

/**
 * How far the interview is through its planned questions: `asked` (asked, or answered along the way) of `total`
 * still planned. `fraction` is 1 only for an interview that covered its guide: a stopped one keeps its real share.
 * `mandatoryCovered` of `mandatoryTotal` counts the questions every interview must cover.
 */
export const Progress = named(
  'Progress',
  z.object({
    asked: z.number().int(),
    total: z.number().int(),
    fraction: z.number().min(0).max(1),
    mandatoryCovered: z.number().int().optional(),
    mandatoryTotal: z.number().int().optional(),
  }),
);
export type Progress = z.infer<typeof Progress>;

/** Lifecycle of a session. */
export const SessionStatus = z.enum(['active', 'completed', 'abandoned']);
export type SessionStatus = z.infer<typeof SessionStatus>;

/** Who is being interviewed. */
export const Participant = z.strictObject({
  id: z.string().trim().min(1).max(200).optional(),
  attributes: Attributes.optional(),
});
export type Participant = z.infer<typeof Participant>;

/** What caused the interview to start. */
export const SessionTrigger = z.strictObject({
  event: z.string().max(200).optional(),
  properties: FreeFormObject.optional(),
});
export type SessionTrigger = z.infer<typeof SessionTrigger>;

/** Body of `POST /v1/sessions`. */
export const CreateSessionRequest = named(
  'CreateSessionRequest',
  z.strictObject({
    studyId: z.string().min(1).max(100),
    participant: Participant.optional(),
    trigger: SessionTrigger.optional(),
    locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as "en-GB"').optional(),
    /** The invitation this interview answers (from an invitation link or `POST /v1/events`). */
    invitationId: z.string().min(1).max(100).optional(),
    /** A researcher trying the interview (secret key only; works on drafts): marked, and left out of analysis, counts and quotas. */
    test: z.boolean().optional(),
  }),
);
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;

/** Response of `POST /v1/sessions`: the token is shown only here. */
export const CreatedSession = named(
  'CreatedSession',
  z.object({
    id: z.string(),
    token: z.string(),
    status: z.literal('active'),
    study: z.object({ id: z.string(), experience: Experience }),
    turns: z.array(Turn),
    progress: Progress,
  }),
);
export type CreatedSession = z.infer<typeof CreatedSession>;

/** Where one guide question stands in an interview; `to_come` only while the interview may still ask it (once it ended, `not_reached`). */
export const QuestionCoverage = named(
  'QuestionCoverage',
  z.object({
    questionId: z.string(),
    text: z.string(),
    mandatory: z.boolean(),
    status: z.enum(['asked', 'covered', 'skipped', 'not_reached', 'to_come']),
    /** The participant's words that answered it, when an earlier answer covered it without asking. */
    evidence: z.string().optional(),
  }),
);
export type QuestionCoverage = z.infer<typeof QuestionCoverage>;

/** How an interview went, in one word for lists and exports: completed, stopped early, abandoned or in progress. */
export const SessionOutcome = z.enum(['in_progress', 'completed', 'stopped_early', 'abandoned']);
export type SessionOutcome = z.infer<typeof SessionOutcome>;

/** A session as read back. `fallbacks` counts replies that fell back to the guide because the interviewer model failed. */
export const Session = named(
  'Session',
  z.object({
    id: z.string(),
    studyId: z.string(),
    status: SessionStatus,
    participant: z.object({ id: z.string().optional(), attributes: Attributes.optional() }),
    trigger: SessionTrigger.nullable(),
    locale: z.string().optional(),
    turns: z.array(Turn),
    progress: Progress,
    interviewer: z.enum(['offline', 'llm']),
    fallbacks: z.number().int(),
    usage: TokenUsage,
    endReason: z.enum(['completed', 'dismissed', 'participant_stopped', 'turn_budget', 'time_budget', 'superseded']).optional(),
    /** How it went: a stopped interview is `stopped_early`, never `completed`. */
    outcome: SessionOutcome,
    /** A researcher's test session: left out of analysis, counts, quotas and exports. */
    test: z.boolean().optional(),
    /** Each guide question's status, in guide order (the unasked mandatory ones of a stopped interview among them). */
    coverage: z.array(QuestionCoverage),
    startedAt: Timestamp,
    endedAt: Timestamp.optional(),
  }),
);
export type Session = z.infer<typeof Session>;

/** Query of `GET /v1/sessions`. */
export const ListSessionsQuery = z.object({
  studyId: z.string().min(1).max(100).optional(),
  status: SessionStatus.optional(),
  /** Filters by how interviews went (`stopped_early` spans both statuses an early end can leave). */
  outcome: SessionOutcome.optional(),
  /** `true` lists only test sessions; by default they are left out. */
  test: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(200).optional(),
});
export type ListSessionsQuery = z.infer<typeof ListSessionsQuery>;

/** Body of `POST /v1/sessions/:id/turns`. The length cap is checked separately so it can answer 413. */
export const PostTurnRequest = named(
  'PostTurnRequest',
  z.strictObject({ id: TurnId, text: z.string().refine((t) => t.trim().length > 0, 'must not be empty') }),
);
export type PostTurnRequest = z.infer<typeof PostTurnRequest>;

/** The result of one participant turn: their turn, the interviewer's reply, progress and status. */
export const TurnResult = named(
  'TurnResult',
  z.object({
    turn: Turn,
    reply: Turn,
    progress: Progress,
    status: z.enum(['active', 'completed']),
  }),
);
export type TurnResult = z.infer<typeof TurnResult>;

/** Body of `POST /v1/sessions/:id/end`. */
export const EndSessionRequest = named(
  'EndSessionRequest',
  z.strictObject({ reason: z.enum(['completed', 'dismissed']).optional() }),
);
export type EndSessionRequest = z.infer<typeof EndSessionRequest>;

/** SSE event names of the turn stream; wire names, never rename: widgets embedded years ago listen for them. */
export const TurnStreamEvent = { delta: 'delta', done: 'done', error: 'error' } as const;
