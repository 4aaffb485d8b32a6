import type { Features } from '../session-analysis.ts';
import type { StudyModel } from '../study/study-model.ts';
import { cosine } from '../meaning/sentence-vectors.ts';
import type { AnswerSentence } from './answer-sentences.ts';
import type { AskQuestion } from './read-question.ts';

/** BM25 a sentence needs to count as relevant on its words, at full corpus size, and as a share of the best one's. */
const MIN_SCORE = 0.8;
const RELATIVE = 0.35;
/** Corpus size (sentences) from which MIN_SCORE applies in full; BM25's IDF, hence every score, is smaller below it. */
const FULL_THRESHOLD_AT = 100;
/** With vectors: a sentence relevant on its words must not be this far from the question in meaning (a word used in another sense). */
const MEANING_VETO = 0.1;
/** With vectors: a sentence with some words of the question (half the bar) counts when it is this close in meaning. */
const MEANING_SUPPORT = 0.3;
/** With vectors: a sentence that shares no word with the question counts only when it is this close in meaning. */
const MEANING_ALONE = 0.7;
/** With vectors: a sentence this close to what the relevant sentences say together counts too (a paraphrase of them). */
const FEEDBACK_SIMILARITY = 0.65;
/** Feedback needs at least this many sentences found on their words, from at least two interviews, to say what they say together. */
const MIN_SEEDS = 3;
/** …and their average sentiment must lean one way at least this much. */
const SEED_LEAN = 0.2;
/** A sentence clearly of the other feeling than the question asks about does not answer it. */
const OTHER_FEELING = 0.3;
/** When the question asks about a feeling, weaker evidence counts only for sentences that carry it at least this much. */
const SAME_FEELING = 0.1;
/** Reciprocal rank fusion's constant: how flat the reward for rank is (60 in the original paper; small sets want less). */
const RRF_K = 20;

/** Why a sentence counts as relevant: its words, words and meaning, meaning alone, a paraphrase of the others, a notable signal. */
export type Evidence = 'words' | 'words+meaning' | 'meaning' | 'feedback' | 'signal';

/** A sentence scored for a question. */
export interface ScoredSentence {
  sentence: AnswerSentence;
  /** BM25 over the question's terms (a signal of a kind it asks about counts as one more, rare, term). */
  lexical: number;
  /** Cosine to the question by meaning; null without vectors. */
  meaning: number | null;
  /** Reciprocal rank fusion of both rankings: what citations are ordered by. */
  fused: number;
  /** Why it is relevant; null when it is not. */
  evidence: Evidence | null;
}

/** The largest IDF a term can have among `n` documents (it occurs in one of them). */
const idfCeiling = (n: number) => Math.log(1 + (n - 0.5) / 1.5);

/**
 * The BM25 score a sentence needs to count as relevant on its words. Early in a study there are few sentences, so
 * even the rarest term scores low: the bar is lowered in proportion, or a question about the one thing three people
 * said finds nothing.
 */
export function relevanceThreshold(sentences: number): number {
  return MIN_SCORE * Math.min(1, idfCeiling(Math.max(2, sentences)) / idfCeiling(FULL_THRESHOLD_AT));
}

/**
 * Scores every answer sentence for a question by words (BM25 with the study index's statistics) and by meaning
 * (cosine of sentence vectors), fuses the two rankings (reciprocal rank fusion) and decides which are relevant.
 * Relevance needs evidence: enough of the question's words (not used in another sense, when vectors can tell); some
 * words and a close meaning; a meaning close enough to be a paraphrase of the question; or, once several sentences
 * are found on their words, a meaning close to what they say together (pseudo-relevance feedback, Rocchio-style,
 * which is how "But once they shut the case nobody followed up" is found for "unhappy after their ticket was
 * closed"). Meaning alone, at the levels unrelated sentences reach, never makes a sentence relevant; nor does a
 * sentence clearly of the other feeling. Without vectors only words count, with the same bars.
 */
export function scoreSentences(model: StudyModel, question: AskQuestion, query: Features, sentences: AnswerSentence[]): ScoredSentence[] {
  const hits = new Map(model.index.search(query, model.index.size).map((h) => [h.key, h.score]));
  // A notable signal of a kind the question asks about is a term of its own, rarer than any word.
  const asksSignal = (s: AnswerSentence) => s.signal !== undefined && question.signals.includes(s.signal);
  const signalScore = (kind: string) => model.index.score({ [`s:${kind}`]: 1 }, { [`s:${kind}`]: 1 }).score;
  const scored: ScoredSentence[] = sentences.map((sentence) => ({
    sentence,
    lexical: (sentence.indexed ? (hits.get(sentence.key) ?? 0) : model.index.score(query, sentence.features).score) + (asksSignal(sentence) ? signalScore(sentence.signal!) : 0),
    meaning: question.vector && sentence.vector ? cosine(question.vector, sentence.vector) : null,
    fused: 0,
    evidence: null,
  }));
  const floor = relevanceThreshold(model.index.size);
  const bar = Math.max(floor, RELATIVE * Math.max(0, ...scored.map((s) => s.lexical)));
  for (const s of scored) {
    const feeling = feelingOf(question, s.sentence.sentiment);
    // A word used in another sense ("closed on Mondays") is far from the question in meaning, unless the sentence
    // carries the feeling asked about ("The rep was polite" for what people liked about agents).
    const byWords = s.lexical >= bar && (s.meaning === null || s.meaning >= MEANING_VETO || (question.feeling !== null && feeling === 'same'));
    const byBoth = s.meaning !== null && s.lexical >= floor / 2 && s.meaning >= MEANING_SUPPORT;
    const byMeaning = s.meaning !== null && s.meaning >= MEANING_ALONE;
    if (asksSignal(s.sentence)) s.evidence = 'signal';
    else if (feeling === 'other') continue;
    else if (byWords) s.evidence = 'words';
    else if (feeling === 'same' && byBoth) s.evidence = 'words+meaning';
    else if (feeling === 'same' && byMeaning) s.evidence = 'meaning';
  }
  feedback(question, scored, bar);
  fuse(scored, question.feeling);
  return scored.sort((a, b) => b.fused - a.fused || (a.sentence.key < b.sentence.key ? -1 : 1));
}

/**
 * Pseudo-relevance feedback by meaning: the sentences found on their words (and not far in meaning) say together
 * what the question is about in the participants' own words; the sum of their unit vectors points there, and a
 * sentence close to it is a paraphrase of them, relevant though it shares no word with the question. A paraphrase
 * of complaints is a complaint: the seeds must lean one way, and a sentence must carry that feeling to join them,
 * so feedback cannot drift from what the question's words found.
 */
function feedback(question: AskQuestion, scored: ScoredSentence[], bar: number): void {
  const seeds = scored.filter((s) => s.evidence === 'words' && s.lexical >= bar && s.meaning !== null && s.meaning >= MEANING_VETO && s.sentence.vector);
  if (seeds.length < MIN_SEEDS || new Set(seeds.map((s) => s.sentence.sessionId)).size < 2) return;
  const centroid = new Float64Array(seeds[0]!.sentence.vector!.length);
  for (const { sentence } of seeds) {
    const v = sentence.vector!;
    const norm = Math.hypot(...v) || 1;
    for (let i = 0; i < v.length; i++) centroid[i]! += v[i]! / norm;
  }
  const felt = seeds.filter((s) => s.sentence.sentiment !== null);
  const lean = felt.reduce((sum, s) => sum + s.sentence.sentiment!, 0) / Math.max(1, felt.length);
  // Seeds of mixed feeling are a mixed bag of subjects too: what they say together is no topic to paraphrase.
  if (Math.abs(lean) < SEED_LEAN) return;
  for (const s of scored) {
    if (s.evidence || !s.sentence.vector || s.meaning === null || s.meaning < MEANING_VETO) continue;
    const sentiment = s.sentence.sentiment;
    if (feelingOf(question, sentiment) === 'other' || sentiment === null || sentiment * Math.sign(lean) < SAME_FEELING) continue;
    if (cosine(centroid, s.sentence.vector) >= FEEDBACK_SIMILARITY) s.evidence = 'feedback';
  }
}

/** How a sentence's feeling relates to the one the question asks about ("same" when it asks about none). */
function feelingOf(question: AskQuestion, sentiment: number | null): 'same' | 'other' | 'unknown' {
  if (question.feeling === null) return 'same';
  if (sentiment === null) return 'unknown';
  const signed = question.feeling === 'negative' ? -sentiment : sentiment;
  return signed <= -OTHER_FEELING ? 'other' : signed >= SAME_FEELING ? 'same' : 'unknown';
}

/**
 * Reciprocal rank fusion of the lexical and the meaning rankings, and, when the question asks about a feeling, of
 * the ranking by that feeling ("what did people like" hears the warmest praise first). A sentence with no score in
 * a ranking gets nothing from it.
 */
function fuse(scored: ScoredSentence[], feeling: AskQuestion['feeling']): void {
  const rank = (value: (s: ScoredSentence) => number | null) => {
    const order = scored.filter((s) => (value(s) ?? 0) > 0).sort((a, b) => value(b)! - value(a)! || (a.sentence.key < b.sentence.key ? -1 : 1));
    order.forEach((s, i) => (s.fused += 1 / (RRF_K + i + 1)));
  };
  rank((s) => s.lexical);
  rank((s) => s.meaning);
  if (feeling) rank((s) => (s.sentence.sentiment ?? 0) * (feeling === 'negative' ? -1 : 1));
}
