import type { AskResponse, Quote } from '@parley/protocol';
import type { SegmentLift } from './segment-lift.ts';

/** A retrieved sentence handed on as evidence: a citable quote, with the participant who said it. */
export interface AskPassage extends Quote {
  /** 1-based number of the participant (session) among the passages, in order of first appearance. */
  participant: number;
  /** The sentence's sentiment, when the analysis scored it. */
  sentiment: number | null;
}

/** How the interviews that speak to a question feel about it, one vote per interview. */
export interface FeelingCount {
  negative: number;
  neutral: number;
  positive: number;
}

/** What retrieval found for a question: everything an answer, extractive or written by a model, may say. */
export interface AskEvidence {
  /** Interviews in the study (analysed). */
  interviews: number;
  /** What kind of answer it supports: none (nothing to look for, or nothing said), or an answer. */
  kind: 'nothing-asked' | 'unsaid' | 'no-evidence' | 'answer';
  /** Specific things the question names that nobody said, in its own words. */
  unsaid: string[];
  /** Interviews with at least one relevant sentence. */
  speaking: number;
  feeling: FeelingCount;
  segment: SegmentLift | null;
  /** Theme labels the relevant sentences fall under most. */
  themes: string[];
  /** The most relevant sentences, different interviews first. */
  passages: AskPassage[];
  /** Whether it answers what participants asked for (their wishes; `themes` are then the pains those would fix). */
  wishes?: boolean;
}

/**
 * Where an extractive answer keeps the evidence it was written from, for a model to write its own answer from.
 * A symbol key never reaches the wire: JSON leaves it out.
 */
export const ASK_EVIDENCE: unique symbol = Symbol('parley.askEvidence');

/** An extractive answer as answerQuestion gives it: the API's answer, with its evidence attached. */
export type ExtractiveAnswer = AskResponse & { [ASK_EVIDENCE]?: AskEvidence };

/** The evidence an extractive answer was written from, if it carries it. */
export function evidenceOf(answer: AskResponse): AskEvidence | undefined {
  return (answer as ExtractiveAnswer)[ASK_EVIDENCE];
}
