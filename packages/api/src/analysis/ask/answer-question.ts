import type { AnalysisEngine } from '../engine.ts';
import type { StudyModel } from '../study/study-model.ts';
import { ASK_EVIDENCE, type AskEvidence, type ExtractiveAnswer, type FeelingCount } from './ask-evidence.ts';
import { findEvidence, type EvidenceOptions } from './find-evidence.ts';

/** Quotes an extractive answer shows at most. */
const CITATIONS = 8;
/** Below this many interviews speaking to it, an extractive answer quotes up to two sentences of each. */
const FEW_INTERVIEWS = 4;

/**
 * Answers a question from the study's interviews, extractively: hybrid retrieval over every answer sentence
 * (find-evidence.ts), then an answer made of how many interviews speak to it (of how many), how they feel, the
 * segment that clearly over-represents, the themes it falls under, and their words, each cited [n], several
 * interviews before any twice. Every citation is a verbatim sentence of a real participant turn. When the interviews
 * hold nothing on it, it says so plainly, with no citation. The evidence rides along (ASK_EVIDENCE, never on the
 * wire) for a model to write its own answer from.
 */
export function answerQuestion(engine: AnalysisEngine, model: StudyModel, question: string, options: EvidenceOptions = {}): ExtractiveAnswer {
  const evidence = findEvidence(engine, model, question, options);
  return { ...writeAnswer(evidence), [ASK_EVIDENCE]: evidence };
}

/** The answer in the pieces it is streamed in: line by line. */
export function answerPieces(answer: string): string[] {
  return answer.split('\n').map((line, i, all) => (i < all.length - 1 ? `${line}\n` : line));
}

/** The extractive answer to evidence: its figures in words, then the quotes. */
export function writeAnswer(evidence: AskEvidence): { answer: string; citations: ExtractiveAnswer['citations'] } {
  const n = evidence.interviews;
  switch (evidence.kind) {
    case 'nothing-asked':
      return { answer: 'That question does not name anything to look for in the interviews. Try asking about a subject, e.g. “What do people say about onboarding?”', citations: [] };
    case 'unsaid':
      return { answer: `${noneOf(n, 'mention')} ${orList(evidence.unsaid.map((w) => `“${w}”`))}.`, citations: [] };
    case 'no-evidence':
      return { answer: `${noneOf(n, 'speak')} to this.`, citations: [] };
  }
  const shown = evidence.speaking >= FEW_INTERVIEWS ? Math.min(evidence.speaking, CITATIONS) : Math.min(CITATIONS, evidence.passages.length);
  const citations = evidence.passages.slice(0, shown).map(({ sessionId, turnId, text }) => ({ sessionId, turnId, text }));
  const quotedSessions = new Set(citations.map((c) => c.sessionId)).size;
  const { segment } = evidence;
  const quotedClause = quotedSessions < evidence.speaking ? ` (${quotedSessions} quoted below)` : '';
  const lines = [
    evidence.wishes
      ? `${evidence.speaking} of ${n} interview${n === 1 ? '' : 's'} asked for a change${quotedClause}.`
      : `${evidence.speaking} of ${n} interview${n === 1 ? '' : 's'} speak${evidence.speaking === 1 ? 's' : ''} to this` + quotedClause + feelingClause(evidence.feeling) + '.',
    ...(segment
      ? [`It comes up most with ${segment.attribute} “${segment.value}”: ${segment.inSegment} of ${segment.segmentSize} such interviews, against ${segment.elsewhere} of ${segment.elsewhereSize} others.`]
      : []),
    ...(evidence.themes.length
      ? [evidence.wishes ? `Most of it would fix ${evidence.themes.map((l) => `“${l}”`).join(' and ')}.` : `It falls mostly under ${evidence.themes.map((l) => `“${l}”`).join(' and ')}.`]
      : []),
    'In their words:',
    ...citations.map((q, i) => `[${i + 1}] “${q.text}”`),
  ];
  return { answer: lines.join('\n'), citations };
}

/** "None of the 24 interviews mention", "The one interview does not mention", "There are no interviews yet to". */
function noneOf(n: number, verb: 'mention' | 'speak'): string {
  if (n === 0) return `There are no analysed interviews yet that could ${verb}`;
  if (n === 1) return `The one interview does not ${verb}`;
  return `None of the ${n} interviews ${verb}`;
}

/** "“a”", "“a” or “b”", "“a”, “b” or “c”". */
function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** How the interviews that speak to it feel, one vote each: "; mostly negative (6 of 7)", "; all positive", "; mixed (…)". */
export function feelingClause(feeling: FeelingCount): string {
  const counted = feeling.negative + feeling.neutral + feeling.positive;
  if (counted === 0) return '';
  const [top, count] = (Object.entries(feeling) as [keyof FeelingCount, number][]).sort((a, b) => b[1] - a[1])[0]!;
  if (count === counted) return counted === 1 ? `; it is ${top}` : `; all ${top}`;
  if (count / counted >= 0.6) return `; mostly ${top} (${count} of ${counted})`;
  return `; mixed (${feeling.negative} negative, ${feeling.neutral} neutral, ${feeling.positive} positive)`;
}
