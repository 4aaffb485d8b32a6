import type { AnalysisEngine } from '../engine.ts';
import type { StudyModel } from '../study/study-model.ts';
import { presentThemes } from '../render/present-themes.ts';
import { sentimentClass } from '../study/sentiment-class.ts';
import type { AskEvidence, AskPassage, FeelingCount } from './ask-evidence.ts';
import { answerSentences, type AnswerSentence, type ParticipantTurn } from './answer-sentences.ts';
import { scoreSentences, type ScoredSentence } from './hybrid-retrieval.ts';
import { neighbourTerms } from './neighbour-terms.ts';
import { readQuestion, type AskQuestion } from './read-question.ts';
import { linkWishes } from '../render/asked-for.ts';
import type { Features } from '../session-analysis.ts';
import { segmentLift } from './segment-lift.ts';
import { unsaidThings, vocabularyOf } from './unsaid-things.ts';

/** Passages handed on (to a model): enough for a dozen voices, never a transcript. */
export const MAX_PASSAGES = 12;

/** What evidence-finding may be given besides the question. */
export interface EvidenceOptions {
  /** Participant turns' text, so sentences the analysis kept nothing of can be found too (see answerSentences). */
  transcripts?: Iterable<ParticipantTurn>;
  /** How many passages to hand on (default MAX_PASSAGES). */
  passages?: number;
}

/**
 * Finds what a study's interviews say about a question. A question naming a specific thing nobody said
 * (unsaid-things.ts) has no evidence, whatever else it asks. Otherwise every answer sentence is scored by words and by meaning (hybrid-retrieval.ts) and the relevant
 * ones are counted per interview: how many speak to it, how they feel (one vote per interview), the segment that
 * over-represents if one clearly does, the themes they fall under, and the passages to quote, different interviews
 * first, each numbered by participant.
 */
export function findEvidence(engine: AnalysisEngine, model: StudyModel, text: string, options: EvidenceOptions = {}): AskEvidence {
  const none = { interviews: model.totals.sessions, unsaid: [], speaking: 0, feeling: { negative: 0, neutral: 0, positive: 0 }, segment: null, themes: [], passages: [] };
  const question = readQuestion(engine, text, model.embedder);
  if (!question) return { ...none, kind: 'nothing-asked' };
  const sentences = answerSentences(model, engine, options.transcripts);
  const vocabulary = vocabularyOf(model, sentences);
  // Words of the question nobody said may have been said in other words ("pets": "dog"): those stand in for them.
  const missing = Object.fromEntries(Object.entries(question.terms).filter(([term]) => term.startsWith('w:') && !vocabulary.has(term)));
  const neighbours = model.embedder ? neighbourTerms(model.embedder, missing, vocabulary) : { terms: {}, closest: new Map<string, number>() };
  const unsaid = unsaidThings(model, text, question, sentences, vocabulary, neighbours);
  if (unsaid.length > 0) return { ...none, kind: 'unsaid', unsaid };

  if (question.wishes) return wishEvidence(model, question, { ...neighbours.terms, ...question.terms }, sentences, none, options.passages ?? MAX_PASSAGES);
  const relevant = scoreSentences(model, question, { ...neighbours.terms, ...question.terms }, sentences).filter((s) => s.evidence !== null);
  if (relevant.length === 0) return { ...none, kind: 'no-evidence' };
  const speaking = new Set(relevant.map((s) => s.sentence.sessionId));
  const attributes = new Map([...model.digests].filter(([, d]) => d.turns > 0).map(([id, d]) => [id, d.attributes]));
  return {
    ...none,
    kind: 'answer',
    speaking: speaking.size,
    feeling: feelingBySession(relevant),
    segment: segmentLift(attributes, speaking),
    themes: themesOf(model, relevant),
    passages: pickPassages(relevant, options.passages ?? MAX_PASSAGES),
  };
}

/**
 * What participants asked for, for a question that asks it ("What would customers like us to change?"): their wishes
 * only (TurnInsight.wishes), those on the question's subject when it names one ("…about billing?"), the ones that
 * would fix the most-raised pains first; its themes are those pains. Feeling is not counted: a wish is neither.
 */
function wishEvidence(model: StudyModel, question: AskQuestion, terms: Features, sentences: AnswerSentence[], none: Omit<AskEvidence, 'kind'>, limit: number): AskEvidence {
  const said = new Set<string>();
  for (const [sessionId, analysis] of model.sessions) for (const turn of analysis.turns) for (const w of turn.wishes ?? []) said.add(`${sessionId}/${turn.turnId}/${w.text}`);
  const wishes = sentences.filter((s) => said.has(`${s.sessionId}/${s.turnId}/${s.text}`));
  const { themes, themeOfCluster } = presentThemes(model);
  const pains = themes.filter((t) => t.sentiment < -0.1);
  const links = new Map(linkWishes(model, pains, themeOfCluster).map((l) => [`${l.sessionId}/${l.turnId}/${l.text}`, l]));
  const reach = new Map(pains.map((p) => [p.id, p.sessions.size]));
  const named = Object.keys(terms).length > 0;
  const relevant: ScoredSentence[] = named
    ? scoreSentences(model, question, terms, wishes).filter((s) => s.evidence !== null)
    : wishes.map((sentence) => {
        const link = links.get(`${sentence.sessionId}/${sentence.turnId}/${sentence.text}`);
        // Wishes that would fix a pain many raised come first, the closest to it first.
        return { sentence, lexical: 0, meaning: null, fused: link ? (reach.get(link.themeId) ?? 0) + Math.min(1, link.score) : 0, evidence: 'words' };
      });
  if (relevant.length === 0) return { ...none, kind: 'no-evidence', wishes: true };
  const counts = new Map<string, Set<string>>();
  for (const { sentence } of relevant) {
    const link = links.get(`${sentence.sessionId}/${sentence.turnId}/${sentence.text}`);
    if (!link) continue;
    const set = counts.get(link.themeId) ?? new Set<string>();
    set.add(sentence.sessionId);
    counts.set(link.themeId, set);
  }
  const labels = new Map(pains.map((t) => [t.id, t.label]));
  const speaking = new Set(relevant.map((s) => s.sentence.sessionId));
  const attributes = new Map([...model.digests].filter(([, d]) => d.turns > 0).map(([id, d]) => [id, d.attributes]));
  return {
    ...none,
    kind: 'answer',
    wishes: true,
    speaking: speaking.size,
    segment: segmentLift(attributes, speaking),
    themes: [...counts.entries()]
      .filter(([, set]) => set.size >= 2)
      .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
      .slice(0, 2)
      .map(([id]) => labels.get(id)!),
    passages: pickPassages(relevant.sort((a, b) => b.fused - a.fused), limit),
  };
}

/** One vote per interview: the class of the average sentiment of its relevant sentences (those the analysis scored). */
function feelingBySession(relevant: ScoredSentence[]): FeelingCount {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const { sentence } of relevant) {
    if (sentence.sentiment === null) continue;
    const s = sums.get(sentence.sessionId) ?? { sum: 0, count: 0 };
    s.sum += sentence.sentiment;
    s.count += 1;
    sums.set(sentence.sessionId, s);
  }
  const out: FeelingCount = { negative: 0, neutral: 0, positive: 0 };
  for (const { sum, count } of sums.values()) out[sentimentClass(sum / count)] += 1;
  return out;
}

/** The (at most two) study themes most of the relevant mentions belong to. */
function themesOf(model: StudyModel, relevant: ScoredSentence[]): string[] {
  const { themes, themeOfCluster } = presentThemes(model);
  const counts = new Map<string, number>();
  for (const { sentence } of relevant) {
    const theme = sentence.themeId ? themeOfCluster.get(sentence.themeId) : undefined;
    if (theme) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  }
  const labels = new Map(themes.map((t) => [t.id, t.label]));
  return [...counts.entries()]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 2)
    .map(([id]) => labels.get(id)!);
}

/**
 * The passages to quote, best first by fused rank, in rounds: each interview's best sentence, then each one's
 * second best, and so on, so that many interviews are heard before any is heard twice. A sentence another
 * participant said word for word is quoted once: the count of interviews says how many said it.
 */
function pickPassages(relevant: ScoredSentence[], limit: number): AskPassage[] {
  const bySession = new Map<string, ScoredSentence[]>();
  for (const s of relevant) {
    const list = bySession.get(s.sentence.sessionId) ?? [];
    list.push(s);
    bySession.set(s.sentence.sessionId, list);
  }
  const participants = new Map<string, number>();
  const out: AskPassage[] = [];
  const texts = new Set<string>();
  const take = ({ sentence }: ScoredSentence) => {
    if (!participants.has(sentence.sessionId)) participants.set(sentence.sessionId, participants.size + 1);
    texts.add(normal(sentence.text));
    out.push({ sessionId: sentence.sessionId, turnId: sentence.turnId, text: sentence.text, participant: participants.get(sentence.sessionId)!, sentiment: sentence.sentiment });
  };
  for (let round = 0; out.length < limit; round++) {
    const next = [...bySession.values()].map((list) => list[round]).filter((s): s is ScoredSentence => s !== undefined);
    if (next.length === 0) break;
    for (const s of next.sort((a, b) => b.fused - a.fused)) {
      if (out.length === limit) break;
      if (!texts.has(normal(s.sentence.text))) take(s);
    }
  }
  return out;
}

/** Text compared for sameness: case, spacing and punctuation aside. */
function normal(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
