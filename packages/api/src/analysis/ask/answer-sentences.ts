import type { AnalysisEngine } from '../engine.ts';
import type { Features } from '../session-analysis.ts';
import { mentionKey, type StudyModel } from '../study/study-model.ts';
import { splitSentences } from '../offline/sentences.ts';
import { readMessage } from '../../interviewer/requests/read-message.ts';
import type { SignalKind } from '../offline/notable-signals.ts';

/** One participant sentence ask can cite: verbatim, with where it was said and what retrieval reads from it. */
export interface AnswerSentence {
  /** mentionKey for a mention (indexed in the study's BM25 index); `sessionId/turnId/~n` for any other sentence. */
  key: string;
  sessionId: string;
  turnId: string;
  text: string;
  features: Features;
  /** Whether `features` are the study index's own (a mention), or read for this question (any other sentence). */
  indexed: boolean;
  /** Its sentiment when the analysis scored it (mentions); null when unknown. */
  sentiment: number | null;
  /** Its sentence vector by meaning, when there is an embedder. */
  vector: Float32Array | null;
  /** The theme cluster of a mention. */
  themeId?: string;
  /** The kind of notable signal the analysis found in it, if any. */
  signal?: SignalKind;
}

/** A participant turn's text, for sentences the analysis kept nothing of. */
export interface ParticipantTurn {
  sessionId: string;
  turnId: string;
  text: string;
}

/**
 * Every participant sentence the study's analysis holds: its mentions (sentences about a subject), then the other
 * verbatim sentences it kept (pain points, goals, habits, quotes, notable signals, wishes) that are not mentions, and, when
 * the transcripts are given, every other sentence of every analysed participant turn. Sentences outside the index
 * are read with the engine's query reader, so they share the mentions' vocabulary.
 */
export function answerSentences(model: StudyModel, engine: AnalysisEngine, transcripts: Iterable<ParticipantTurn> = []): AnswerSentence[] {
  const out: AnswerSentence[] = [];
  const seen = new Set<string>();
  const vectorOf = (text: string) => model.embedder?.embedSentence(text) ?? null;
  const other = (sessionId: string, turnId: string, text: string) => {
    const id = `${sessionId}/${turnId}/${text}`;
    if (seen.has(id)) return;
    seen.add(id);
    const features = engine.readQuery(text).features;
    out.push({ key: `${sessionId}/${turnId}/~${out.length}`, sessionId, turnId, text, features, indexed: false, sentiment: null, vector: vectorOf(text) });
  };
  for (const [sessionId, analysis] of model.sessions) {
    for (const turn of analysis.turns) {
      turn.mentions.forEach((m, i) => {
        const key = mentionKey(sessionId, turn.turnId, i);
        seen.add(`${sessionId}/${turn.turnId}/${m.text}`);
        out.push({ key, sessionId, turnId: turn.turnId, text: m.text, features: m.features, indexed: true, sentiment: m.sentiment, vector: model.vectorOf(key, m.text), themeId: m.themeId });
      });
    }
  }
  for (const [sessionId, analysis] of model.sessions) {
    for (const turn of analysis.turns) {
      // A model's pain points, goals and habits are its own short phrases, not the participant's words: never evidence.
      const verbatim = turn.engine === 'llm' ? [] : [...turn.painPoints, ...turn.goals, ...turn.behaviors];
      for (const text of [...verbatim, ...turn.quotes, ...(turn.signals ?? []).map((s) => s.text), ...(turn.wishes ?? []).map((w) => w.text)]) other(sessionId, turn.turnId, text);
    }
  }
  for (const turn of transcripts) {
    // Only analysed turns, and only their answer: requests, non-answers and injection attempts are not evidence.
    const analysed = model.sessions.get(turn.sessionId)?.turns.some((t) => t.turnId === turn.turnId);
    const reading = analysed ? readMessage(turn.text) : null;
    if (!reading || reading.injection || reading.nonAnswer) continue;
    for (const s of splitSentences(reading.answer)) if (turn.text.includes(s.text)) other(turn.sessionId, turn.turnId, s.text);
  }
  for (const sentence of out) {
    const turn = model.sessions.get(sentence.sessionId)?.turns.find((t) => t.turnId === sentence.turnId);
    const signal = turn?.signals?.find((hit) => hit.text === sentence.text);
    if (signal) sentence.signal = signal.kind;
  }
  return out;
}
