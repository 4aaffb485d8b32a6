import type { Attributes, Experience, Plan, Progress, Session, SessionTrigger, Study, Targeting, TokenUsage, Trigger, Turn } from '@parley/protocol';
import type { InterviewState } from '../interviewer/state.ts';

/** A workspace as stored: keys are kept only as SHA-256 hashes. */
export interface WorkspaceRecord {
  id: string;
  name: string;
  allowedOrigins: string[];
  createdAt: string;
  /** Kept in clear because it is public by design (it ships in web pages); the hosted interview page embeds it. */
  publishableKey?: string;
}

/** What a bearer credential is allowed to act as, found by the SHA-256 hash of the credential. */
export interface CredentialRecord {
  hash: string;
  kind: 'secret' | 'publishable' | 'session';
  workspaceId: string;
  /** Set for session tokens: the one session the token may touch. */
  sessionId?: string;
}

/** A study as stored; `stats` are derived by the store from its sessions. */
export interface StudyRecord {
  id: string;
  workspaceId: string;
  title: string;
  researchQuestion: string;
  plan: Plan;
  experience: Experience;
  triggers: Trigger[];
  targeting: Targeting;
  status: Study['status'];
  /** Which live study wins a moment several want (absent on records written before priorities: 0). */
  priority?: number;
  /** Archived studies leave the default list and take no interviews (absent on older records: false). */
  archived?: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Why a session ended, every reason the wire knows. */
export type SessionEndReason = NonNullable<Session['endReason']>;

/**
 * Why an interview ended from inside it (the conductor, the participant, a client): each has wrap-up words. Superseded,
 * the one left out, is only ever set from outside (the participant started again elsewhere): nobody is there to read words.
 */
export type EndReason = Exclude<SessionEndReason, 'superseded'>;

/** A session as stored, without its turns. `version` increases with every write, for optimistic concurrency. */
export interface SessionRecord {
  id: string;
  workspaceId: string;
  studyId: string;
  status: Session['status'];
  participant: { id?: string; attributes?: Attributes };
  trigger: SessionTrigger | null;
  locale?: string;
  interviewer: 'offline' | 'llm';
  fallbacks: number;
  /** Model tokens this session has spent so far. */
  usage: TokenUsage;
  endReason?: SessionEndReason;
  /** A researcher's test session: left out of analysis, stats (but `stats.test`), quotas, exports and default lists. */
  test?: boolean;
  startedAt: string;
  endedAt?: string;
  progress: Progress;
  state: InterviewState;
  version: number;
}

/** A turn as stored: a participant turn remembers the id of the reply it got, so a retry returns that same reply. */
export interface StoredTurn extends Turn {
  replyId?: string;
  /** On an interviewer reply: the progress and status it produced, returned again when the turn is retried. */
  result?: { progress: Progress; status: 'active' | 'completed' };
}

/** A session with its transcript, in order. */
export interface SessionWithTurns {
  session: SessionRecord;
  turns: StoredTurn[];
}

/** One page of a list, with the opaque cursor of the next page. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** An invitation that is due to be shown to a participant on a coming visit. */
export interface PendingInvitation {
  invitationId: string;
  studyId: string;
  /** Not before this time (an event trigger's delay). */
  notBefore: string;
  expiresAt: string;
}

/**
 * What the workspace knows about one participant across studies: their attributes, when they were last interviewed or
 * shown an interview (for recontact windows), and invitations waiting for their next visit. `version` is for
 * compare-and-set saves.
 */
export interface ParticipantRecord {
  workspaceId: string;
  id: string;
  attributes: Attributes;
  /** When any study of the workspace last started an interview with them. */
  lastContactAt?: string;
  /** Per study: when it last started an interview with them. */
  contacts: Record<string, string>;
  pending: PendingInvitation[];
  /** Per study: the session last started with them, so a start on another device can end the one left behind. */
  activeSessions?: Record<string, string>;
  version: number;
}

/** An invitation link to one study, optionally for one participant. */
export interface InvitationRecord {
  id: string;
  workspaceId: string;
  studyId: string;
  participantId?: string;
  attributes?: Attributes;
  createdAt: string;
  notBefore: string;
  expiresAt: string;
  /** The session started from it, once one was. */
  sessionId?: string;
}

/** A webhook endpoint of a workspace; `secret` signs deliveries. */
export interface WebhookRecord {
  id: string;
  workspaceId: string;
  url: string;
  events: string[];
  secret: string;
  createdAt: string;
}
