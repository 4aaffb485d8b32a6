import type { SessionRecord, StoredTurn } from '../../../src/domain/records.ts';
import type { Store } from '../../../src/store/store.ts';
import { buildGuide } from '../../../src/interviewer/guide.ts';
import { draftPlanOffline } from '../../../src/planning/draft-plan.ts';
import { createTextNlp } from '../../../src/interviewer/offline/nlp.ts';
import type { PersonaInterview } from './persona-interviews.ts';

const QUESTION = 'Who are the customers of our invoicing product, and what do they need from it?';

/**
 * Writes persona interviews straight into a store as the API would have (a persona study, its sessions, committed
 * turns answering the persona guide in order), under the given study id and session-id prefix. Analysis is not run:
 * the first read catches the sessions up.
 */
export async function seedPersonaStudy(store: Store, workspaceId: string, interviews: PersonaInterview[], options: { studyId: string; prefix: string }): Promise<string[]> {
  const { plan } = draftPlanOffline({ researchQuestion: QUESTION, template: 'persona' }, createTextNlp());
  const guide = buildGuide(plan);
  const start = Date.parse('2026-10-01T09:00:00.000Z');
  const at = (ms: number) => new Date(start + ms).toISOString();
  await store.createStudy({
    id: options.studyId,
    workspaceId,
    title: 'Invoicing personas (synthetic)',
    researchQuestion: QUESTION,
    plan,
    experience: { title: 'Tell us about your work', welcomeMessage: 'A few questions about how you work.' },
    triggers: [],
    targeting: { sampleRate: 1, recontactDays: 30 },
    status: 'live',
    createdAt: at(0),
    updatedAt: at(0),
  });
  const ids: string[] = [];
  for (const iv of interviews) {
    const sessionId = `se_${options.prefix}_${String(iv.index).padStart(4, '0')}`;
    const t = (minute: number) => at(iv.index * 3_600_000 + minute * 60_000);
    const question = (i: number) => guide[Math.min(i, guide.length - 1)]!;
    const session: SessionRecord = {
      id: sessionId,
      workspaceId,
      studyId: options.studyId,
      status: 'active',
      participant: { id: `p_${options.prefix}_${iv.index}`, attributes: iv.attributes },
      trigger: null,
      interviewer: 'offline',
      fallbacks: 0,
      usage: { promptTokens: 0, completionTokens: 0 },
      startedAt: t(0),
      progress: { asked: 1, total: guide.length, fraction: 1 / guide.length },
      state: { guide, current: 0, probes: 0, askedQuestionIds: [guide[0]!.id], askedTexts: [], turnsUsed: 0, stage: guide[0]!.stage, maxTurns: 16, maxMinutes: 15, notes: [] },
      version: 1,
    };
    const greeting: StoredTurn = { id: `tu_${sessionId}_q0`, role: 'interviewer', text: `Thanks for taking the time. ${question(0).text}`, at: t(0) };
    await store.createSession(session, [greeting], { hash: `hash_${sessionId}`, kind: 'session', workspaceId, sessionId });
    let version = 1;
    for (const [i, text] of iv.answers.entries()) {
      const last = i === iv.answers.length - 1;
      const outcome = await store.commitTurn(workspaceId, sessionId, {
        expectedVersion: version,
        participantTurn: { id: `tu_${sessionId}_a${i}`, role: 'participant', text, at: t(i * 2 + 1), replyId: `tu_${sessionId}_q${i + 1}` },
        reply: { id: `tu_${sessionId}_q${i + 1}`, role: 'interviewer', text: last ? 'Thank you, that is everything.' : `Thanks. ${question(i + 1).text}`, at: t(i * 2 + 2) },
        changes: {
          state: { ...session.state, current: Math.min(i + 1, guide.length - 1), turnsUsed: i + 1 },
          progress: { asked: Math.min(i + 2, guide.length), total: guide.length, fraction: Math.min(1, (i + 2) / guide.length) },
          status: last ? 'completed' : 'active',
          fallbacks: 0,
          ...(last ? { endReason: 'completed', endedAt: t(i * 2 + 2) } : {}),
        },
      });
      if (!outcome.ok) throw new Error(`seeding ${sessionId}: ${outcome.reason}`);
      version = outcome.session.version;
    }
    ids.push(sessionId);
  }
  return ids;
}
