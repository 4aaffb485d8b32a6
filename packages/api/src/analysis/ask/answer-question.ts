import type { AskResponse, Quote } from '@parley/protocol';
import type { AnalysisEngine } from '../engine.ts';
import type { Features, Mention } from '../session-analysis.ts';
import type { StudyModel } from '../study/study-model.ts';
import { presentThemes } from '../render/present-themes.ts';
import { feelingWord } from '../render/summary.ts';
import type { Hit } from './bm25-index.ts';

/** Words of a question about interviews that say nothing about what to look for. */
const QUESTION_WORDS = new Set(
  'participant customer user interviewee respondent interview people person someone anyone everyone say said mention talk tell think feel opinion view main common biggest top most reason why what which how who when where whether often'.split(' '),
);
const CITATIONS = 5;
const CANDIDATES = 400;
/** A sentence is relevant when it scores at least this (BM25), and at least this share of the best one's score. */
const MIN_SCORE = 0.8;
const RELATIVE = 0.35;
/** Corpus size (sentences) from which MIN_SCORE applies in full; BM25's IDF, hence every score, is smaller below it. */
const FULL_THRESHOLD_AT = 100;

/** The largest IDF a term can have among `n` documents (it occurs in one of them). */
const idfCeiling = (n: number) => Math.log(1 + (n - 0.5) / 1.5);

/**
 * The score a sentence needs to count as relevant. Early in a study there are few sentences, so even the rarest term
 * scores low: the bar is lowered in proportion, or a question about the one thing three people said finds nothing.
 */
export function relevanceThreshold(sentences: number): number {
  return MIN_SCORE * Math.min(1, idfCeiling(Math.max(2, sentences)) / idfCeiling(FULL_THRESHOLD_AT));
}

/**
 * Answers a question from the study's interviews, extractively: BM25 over participant sentences (taxonomy subjects
 * count as terms, so "pricing" finds "it costs too much"), one best sentence per session, and an answer made of how
 * many interviews speak to it, how they feel, which themes it falls under, and their words, each cited [n]. Every
 * citation is a verbatim sentence of a real participant turn. When nothing relevant is found, it says so.
 */
export function answerQuestion(engine: AnalysisEngine, model: StudyModel, question: string): AskResponse {
  const reading = engine.readQuery(question);
  const query = searchTerms(reading.features);
  const asked = Object.keys(query);
  if (asked.length === 0) {
    return { answer: 'That question does not name anything to look for in the interviews. Try asking about a subject, e.g. “What do people say about onboarding?”', citations: [] };
  }
  // A specific thing the question names that nobody said means the interviews cannot answer it as asked.
  const unmentioned = reading.nouns.filter((t) => t in query && model.index.documentFrequency(t) === 0).map((t) => t.slice(2));
  const hits = model.index.search(query, CANDIDATES);
  const best = hits[0]?.score ?? 0;
  const floor = relevanceThreshold(model.index.size);
  const relevant = best < floor ? [] : hits.filter((h) => h.score >= Math.max(floor, best * RELATIVE));
  const missing = unmentioned.length ? `no participant mentioned ${unmentioned.map((w) => `“${w}”`).join(' or ')}` : 'no participant talked about this';
  if (relevant.length === 0) return { answer: `The interviews don't answer this: ${missing}.`, citations: [] };

  const resolved = relevant.map((h) => ({ hit: h, ...resolve(model, h) })).filter((r): r is { hit: Hit; sessionId: string; turnId: string; mention: Mention } => r.mention !== undefined);
  const sessions = new Set(resolved.map((r) => r.sessionId));
  const sentiment = resolved.reduce((s, r) => s + r.mention.sentiment, 0) / Math.max(1, resolved.length);
  const { themes, themeOfCluster } = presentThemes(model);
  const themeCounts = new Map<string, number>();
  for (const r of resolved) {
    const theme = themeOfCluster.get(r.mention.themeId);
    if (theme) themeCounts.set(theme, (themeCounts.get(theme) ?? 0) + 1);
  }
  const labels = new Map(themes.map((t) => [t.id, t.label]));
  const topThemes = [...themeCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2).map(([id]) => labels.get(id)!);

  const citations: Quote[] = [];
  const cited = new Set<string>();
  for (const r of resolved) {
    if (cited.has(r.sessionId)) continue;
    cited.add(r.sessionId);
    citations.push({ sessionId: r.sessionId, turnId: r.turnId, text: r.mention.text });
    if (citations.length === CITATIONS) break;
  }

  const n = model.totals.sessions;
  const headline =
    `${sessions.size} of ${n} interview${n === 1 ? '' : 's'} speak to ${unmentioned.length ? 'the rest of the question' : 'this'}, ${feelingWord(sentiment)} on the whole (${sentiment.toFixed(2)}).` +
    (topThemes.length ? ` It comes up mostly under ${topThemes.map((l) => `“${l}”`).join(' and ')}.` : '');
  const lines = [
    ...(unmentioned.length ? [`The interviews don't answer this directly: ${missing}.`] : []),
    headline,
    'In their words:',
    ...citations.map((q, i) => `[${i + 1}] “${q.text}”`),
  ];
  return { answer: lines.join('\n'), citations };
}

/** The answer in the pieces it is streamed in: line by line. */
export function answerPieces(answer: string): string[] {
  return answer.split('\n').map((line, i, all) => (i < all.length - 1 ? `${line}\n` : line));
}

/** Query features without the words every question about interviews has. */
function searchTerms(features: Features): Features {
  const out: Features = {};
  for (const [k, v] of Object.entries(features)) if (!(k.startsWith('w:') && QUESTION_WORDS.has(k.slice(2)))) out[k] = v;
  return out;
}

/** The mention a hit points at (keys are sessionId/turnId/index; ids never contain "/"). */
function resolve(model: StudyModel, hit: Hit): { sessionId: string; turnId: string; mention: Mention | undefined } {
  const [sessionId = '', turnId = '', index = '0'] = hit.key.split('/');
  const turn = model.sessions.get(sessionId)?.turns.find((t) => t.turnId === turnId);
  return { sessionId, turnId, mention: turn?.mentions[Number(index)] };
}
