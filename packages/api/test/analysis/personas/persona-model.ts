import type { AnalysisEngine, ExtractedTurn, TurnToAnalyse } from '../../../src/analysis/engine.ts';
import { answersOnly } from '../../../src/analysis/ingest/answers-only.ts';
import type { SentenceEmbedder } from '../../../src/analysis/meaning/sentence-vectors.ts';
import { StudyModel } from '../../../src/analysis/study/study-model.ts';
import { FLOW, QUESTIONS, type PersonaInterview } from './persona-interviews.ts';

/** Where the interviews went: the model, and each session's id and group. */
export interface AnalysedStudy {
  model: StudyModel;
  sessionIds: string[];
  groupOf: Map<string, string>;
  /** participant turn id → its text, to check that quotes are verbatim. */
  turnText: Map<string, string>;
  /** session id → its participant turns' texts. */
  textsOf: Map<string, string[]>;
}

/**
 * Analyses interviews the way ingestion does (requests and non-answers cut by the request reader, then the engine),
 * into a study model of the given study, with session ids `se_<prefix>_<n>`; with an embedder, the model reads meaning as
 * the Node runtime's does.
 */
export async function analyseInterviews(engine: AnalysisEngine, interviews: PersonaInterview[], options: { studyId: string; prefix: string; embedder?: SentenceEmbedder }): Promise<AnalysedStudy> {
  const model = new StudyModel('ws_test', options.studyId, options.embedder);
  const groupOf = new Map<string, string>();
  const turnText = new Map<string, string>();
  const textsOf = new Map<string, string[]>();
  const sessionIds: string[] = [];
  const start = Date.parse('2026-10-01T09:00:00.000Z');
  for (const iv of interviews) {
    const sessionId = `se_${options.prefix}_${String(iv.index).padStart(4, '0')}`;
    const turns: TurnToAnalyse[] = iv.answers.map((text, i) => {
      const q = QUESTIONS[Math.min(i, QUESTIONS.length - 1)]!;
      const id = `tu_${options.prefix}${iv.index}_${i}`;
      turnText.set(id, text);
      return { turn: { id, role: 'participant', text, at: new Date(start + iv.index * 3_600_000 + i * 60_000).toISOString() }, question: q.text, stage: q.stage };
    });
    const { answers, empty } = answersOnly(turns);
    const fromEngine = answers.length ? await engine.extract({ study: { researchQuestion: 'Who are our customers and what do they need from invoicing?', flow: FLOW }, turns: answers, knownThemes: [] }) : [];
    const order = new Map(turns.map((t, i) => [t.turn.id, i]));
    const extracted: ExtractedTurn[] = [...fromEngine, ...empty].sort((a, b) => order.get(a.turnId)! - order.get(b.turnId)!);
    const assigned = model.assign(sessionId, extracted);
    model.put({ schema: 1, sessionId, studyId: options.studyId, attributes: iv.attributes, turns: assigned }, turns.length * 2, turns.at(-1)!.turn.at);
    sessionIds.push(sessionId);
    groupOf.set(sessionId, iv.group);
    textsOf.set(sessionId, iv.answers);
  }
  return { model, sessionIds, groupOf, turnText, textsOf };
}
