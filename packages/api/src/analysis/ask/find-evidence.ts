import type { AnalysisEngine } from '../engine.ts';
import type { StudyModel } from '../study/study-model.ts';
import { presentThemes } from '../render/present-themes.ts';
import { sentimentClass } from '../study/sentiment-class.ts';
import type { AskEvidence, FeelingCount } from './ask-evidence.ts';
import { answerSentences, type ParticipantTurn } from './answer-sentences.ts';
import { scoreSentences, type ScoredSentence } from './hybrid-retrieval.ts';
import { neighbourTerms } from './neighbour-terms.ts';
import { readQuestion } from './read-question.ts';
import { pickPassages } from './pick-passages.ts';
import { wishEvidence } from './wish-evidence.ts';
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
