import { createHash, randomUUID } from 'node:crypto';
import type { Plan } from '@parley/protocol';
import type { CredentialRecord, SessionRecord, StoredTurn, StudyRecord, WorkspaceRecord } from '../domain/records.ts';
import type { InterviewState } from '../interviewer/state.ts';
import type { TurnCommit } from './store.ts';

/** A plan that passes the protocol's Plan schema. */
export function samplePlan(): Plan {
  return {
    researchType: 'discovery',
    description: 'Understand why customers stop using saved reports after their first month.',
    goals: ['Find the moment reports stop being useful', 'Learn what they use instead', 'Hear what would bring them back'],
    targetParticipants: 'Customers who created a saved report more than 30 days ago',
    mandatoryQuestions: ['What did you last use a saved report for?'],
    coreQuestions: ['What made you stop opening saved reports?', 'What do you use in place of saved reports today?'],
    flow: ['warm-up', 'core', 'wrap-up'],
    maxTurns: 16,
    maxMinutes: 15,
    language: 'en',
  };
}

/** The interview state a session starts with for `samplePlan`. */
export function sampleState(): InterviewState {
  return {
    guide: [
      { id: 'm1', text: 'What did you last use a saved report for?', mandatory: true, stage: 'warm-up' },
      { id: 'c1', text: 'What made you stop opening saved reports?', mandatory: false, stage: 'core' },
      { id: 'c2', text: 'What do you use in place of saved reports today?', mandatory: false, stage: 'core' },
    ],
    current: 0,
    probes: 0,
    askedQuestionIds: ['m1'],
    askedTexts: ['what did you last use a saved report for'],
    turnsUsed: 0,
    stage: 'warm-up',
    maxTurns: 16,
    maxMinutes: 15,
    notes: [],
  };
}

/**
 * Builders of valid-looking records with unique ids and strictly increasing timestamps (one second apart, so
 * "newest first" is unambiguous). Make one per test: it holds its own counter, nothing is shared between tests.
 */
export function storeFixtures(start = Date.parse('2026-03-02T10:00:00.000Z')) {
  const run = randomUUID().slice(0, 8);
  let n = 0;
  const next = () => ++n;
  const at = () => new Date(start + next() * 1000).toISOString();

  const f = {
    /** A fresh ISO timestamp, later than every one handed out before. */
    at,
    workspace(over: Partial<WorkspaceRecord> = {}): WorkspaceRecord {
      return { id: `ws_${run}_${next()}`, name: 'Acme Research', allowedOrigins: ['https://app.acme.test'], createdAt: at(), ...over };
    },
    credential(workspaceId: string, kind: CredentialRecord['kind'], sessionId?: string): CredentialRecord {
      const hash = createHash('sha256').update(`${kind}_${run}_${next()}`).digest('hex');
      return sessionId === undefined ? { hash, kind, workspaceId } : { hash, kind, workspaceId, sessionId };
    },
    study(workspaceId: string, over: Partial<StudyRecord> = {}): StudyRecord {
      const createdAt = at();
      return {
        id: `st_${run}_${next()}`,
        workspaceId,
        title: 'Saved reports churn',
        researchQuestion: 'Why do customers stop using saved reports after a month?',
        plan: samplePlan(),
        experience: { title: 'Help us improve reports', welcomeMessage: 'Thanks for taking a few minutes to talk with us.' },
        triggers: [{ on: 'event', event: 'report_viewed' }],
        targeting: { sampleRate: 1, recontactDays: 30 },
        status: 'live',
        createdAt,
        updatedAt: createdAt,
        ...over,
      };
    },
    session(workspaceId: string, studyId: string, over: Partial<SessionRecord> = {}): SessionRecord {
      return {
        id: `se_${run}_${next()}`,
        workspaceId,
        studyId,
        status: 'active',
        participant: { id: 'user_42', attributes: { plan: 'pro', seats: 12 } },
        trigger: { event: 'report_viewed' },
        locale: 'en-GB',
        interviewer: 'offline',
        fallbacks: 0,
        usage: { promptTokens: 0, completionTokens: 0 },
        startedAt: at(),
        progress: { asked: 1, total: 3, fraction: 1 / 3 },
        state: sampleState(),
        version: 1,
        ...over,
      };
    },
    turn(role: StoredTurn['role'], over: Partial<StoredTurn> = {}): StoredTurn {
      const id = `${role === 'participant' ? 'p' : 'i'}_${run}_${next()}`;
      return { id, role, text: role === 'participant' ? 'I mostly used it for the weekly numbers.' : 'What made you stop opening saved reports?', at: at(), ...over };
    },
    /** The opening turns of a session: greeting plus first question, from the interviewer. */
    openingTurns(): StoredTurn[] {
      return [f.turn('interviewer', { text: 'Hi! What did you last use a saved report for?' })];
    },
    /** A valid next turn for `session`: the participant's answer, the reply, and the advanced interview state. */
    commit(session: SessionRecord, over: Partial<TurnCommit> = {}): TurnCommit {
      const reply = f.turn('interviewer');
      const participantTurn = f.turn('participant', { replyId: reply.id });
      const asked = Math.min(session.progress.asked + 1, session.progress.total);
      return {
        expectedVersion: session.version,
        participantTurn,
        reply,
        changes: {
          state: { ...session.state, current: session.state.current + 1, turnsUsed: session.state.turnsUsed + 1, notes: [...session.state.notes, 'weekly numbers'] },
          progress: { asked, total: session.progress.total, fraction: asked / session.progress.total },
          status: 'active',
          fallbacks: session.fallbacks,
        },
        ...over,
      };
    },
  };
  return f;
}

/** The fixture builders one test uses. */
export type StoreFixtures = ReturnType<typeof storeFixtures>;
