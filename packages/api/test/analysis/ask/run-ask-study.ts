import type { AskResponse } from '@parley/protocol';
import { makeTestApp } from '../../harness.ts';
import { createAnalysis, type Analysis, type AnalysisOptions } from '../../../src/analysis/analysis.ts';
import type { StudyModel } from '../../../src/analysis/study/study-model.ts';
import type { ParticipantTurn } from '../../../src/analysis/ask/answer-sentences.ts';
import { ASK_INTERVIEWS, type AskInterview } from './ask-study.ts';

/** The ask study run through the real API, ready to be asked. */
export interface AskStudyRun {
  t: Awaited<ReturnType<typeof makeTestApp>>;
  ws: { id: string; secretKey: string; publishableKey: string };
  studyId: string;
  /** Session id → the interview it ran. */
  interviewOf: Map<string, AskInterview>;
  analysis: Analysis;
  /** Asks through `POST /v1/studies/:id/ask` (JSON). */
  ask(question: string): Promise<AskResponse>;
  /** The study's model as the ask route reads it. */
  model(): Promise<StudyModel>;
  /** Every participant turn of the study, as stored. */
  transcripts(): Promise<ParticipantTurn[]>;
  close(): Promise<void>;
}

/**
 * Runs every interview of the ask study through the API (a session with the participant's attributes, then each
 * answer as a turn), with the given analysis options, and waits until the analysis has caught up.
 */
export async function runAskStudy(options: AnalysisOptions = {}, interviews: AskInterview[] = ASK_INTERVIEWS): Promise<AskStudyRun> {
  const analysis = createAnalysis(options);
  const t = await makeTestApp({ analysis });
  const ws = await t.workspace();
  const study = await t.study(ws.secretKey);
  const interviewOf = new Map<string, AskInterview>();
  for (const interview of interviews) {
    const se = await t.session(ws.publishableKey, study.id, { participant: { attributes: interview.attributes } });
    for (const [i, text] of interview.answers.entries()) {
      const res = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: `a${i}`, text } });
      if (res.status !== 200) throw new Error(`turn: ${res.status} ${res.text}`);
      if (res.json.status === 'completed') break;
    }
    interviewOf.set(se.id, interview);
    t.clock.advance(3_600_000);
  }
  await analysis.idle();
  return {
    t,
    ws,
    studyId: study.id,
    interviewOf,
    analysis,
    async model() {
      const view = await analysis.view(t.deps, ws.id, study.id);
      return view!.entry.model;
    },
    async transcripts() {
      const out: ParticipantTurn[] = [];
      for (const sessionId of interviewOf.keys()) {
        for (const turn of (await t.store.getSession(ws.id, sessionId))!.turns) if (turn.role === 'participant') out.push({ sessionId, turnId: turn.id, text: turn.text });
      }
      return out;
    },
    async ask(question) {
      const res = await t.call('POST', `/v1/studies/${study.id}/ask`, { key: ws.secretKey, body: { question } });
      if (res.status !== 200) throw new Error(`ask: ${res.status} ${res.text}`);
      return res.json as AskResponse;
    },
    async close() {
      await analysis.idle();
      analysis.close();
      await t.cleanup();
    },
  };
}
