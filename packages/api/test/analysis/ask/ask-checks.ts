import { expect } from 'vitest';
import type { AskResponse } from '@parley/protocol';
import { stem } from '../../../src/analysis/ask/ask-words.ts';
import { expectRealQuote } from '../analysis-support.ts';
import type { AskStudyRun } from './run-ask-study.ts';
import type { Subject } from './ask-study.ts';

/** The figures an answer opens with: "K of N interviews speak to this (Q quoted below)". */
export function headline(answer: string): { speaking: number; of: number; quoted: number | null } {
  const m = /^(\d+) of (\d+) interviews? speaks? to this(?: \((\d+) quoted below\))?/.exec(answer);
  expect(m, answer).not.toBeNull();
  return { speaking: Number(m![1]), of: Number(m![2]), quoted: m![3] ? Number(m![3]) : null };
}

/** Asserts the answer's count is the interviews its citations come from (or says how many of them are quoted). */
export function expectCountsMatchCitations(res: AskResponse, interviews: number): void {
  const { speaking, of, quoted } = headline(res.answer);
  const cited = new Set(res.citations.map((c) => c.sessionId)).size;
  expect(of).toBe(interviews);
  if (quoted === null) expect(cited).toBe(speaking);
  else expect([quoted, speaking > quoted]).toEqual([cited, true]);
  // The extractive answer's [n] markers are exactly its citations.
  expect(res.answer.match(/\[\d+\]/g) ?? []).toEqual(res.citations.map((_, i) => `[${i + 1}]`));
}

/** Asserts every citation is a verbatim sentence of a real participant turn. */
export async function expectRealCitations(run: AskStudyRun, res: AskResponse): Promise<void> {
  for (const c of res.citations) await expectRealQuote(run.t.store, run.ws.id, c);
}

/** Distinct cited interviews, and how many of them speak to the subject by the study's ground truth. */
export function citedInterviews(run: AskStudyRun, res: AskResponse, subject: Subject): { cited: number; onSubject: number } {
  const sessions = new Set(res.citations.map((c) => c.sessionId));
  return { cited: sessions.size, onSubject: [...sessions].filter((id) => run.interviewOf.get(id)!.truth.includes(subject)).length };
}

/** Whether a sentence shares no content word with the question (a paraphrase, by stems). */
export function sharesNoWord(sentence: string, question: string): boolean {
  const skip = new Set('the a an i my me we our they their them it was were is are to of in on at after and but why what people'.split(' '));
  const words = (text: string) => new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !skip.has(w)).map(stem));
  const asked = words(question);
  return [...words(sentence)].every((w) => !asked.has(w));
}
