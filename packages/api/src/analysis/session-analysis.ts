import type { Attributes } from '@parley/protocol';
import type { SignalHit } from './offline/notable-signals.ts';

/** Emotions the analysis recognises; the LLM engine must pick from the same list. */
export const EMOTIONS = [
  'frustration',
  'anger',
  'confusion',
  'anxiety',
  'disappointment',
  'satisfaction',
  'delight',
  'relief',
  'trust',
  'gratitude',
  'surprise',
] as const;
/** One of EMOTIONS. */
export type Emotion = (typeof EMOTIONS)[number];

/** A sparse feature vector (feature → weight), unit length once normalised. */
export type Features = Record<string, number>;

/**
 * One thing a participant said about one subject: a sentence of their turn (verbatim), with the features that place
 * it in a theme. `themeId` is the theme cluster the study assigned it to when it was ingested.
 */
export interface Mention {
  /** A verbatim span of the turn's text. */
  text: string;
  sentiment: number;
  features: Features;
  /** Key noun phrases, lower-cased, for theme labels and descriptions. */
  phrases: string[];
  /** The theme label an LLM gave it; absent offline. */
  label?: string;
  /** How well it reads as a quote on its own (0…~3). */
  quotability: number;
  themeId: string;
}

/** A verbatim sentence in which a participant says who they are or how they work, with its key noun phrases (for persona names). */
export interface AboutSentence {
  text: string;
  phrases: string[];
}

/** A verbatim sentence in which a participant asks for something ("A follow-up message after closing the case."), with its theme features. */
export interface WishSentence extends AboutSentence {
  features: Features;
}

/** What was extracted from one participant turn; every list holds verbatim sentences of that turn unless noted. */
export interface TurnInsight {
  turnId: string;
  at: string;
  /** The plan.flow stage of the question this turn answers. */
  stage: string | null;
  sentiment: number;
  emotions: Emotion[];
  mentions: Mention[];
  painPoints: string[];
  goals: string[];
  behaviors: string[];
  quotes: string[];
  /** Sentences in which the participant says who they are or how they work, kept out of themes; absent in older analyses. */
  about?: AboutSentence[];
  /** Sentences in which the participant asks for a change, linked at render to the pains they would fix; absent in older analyses. */
  wishes?: WishSentence[];
  /** Sentences that matter even from one interview (churn, legal, security, a competitor, escalation); absent in older analyses. */
  signals?: SignalHit[];
  /** Which engine produced it (the LLM engine falls back to the offline one per turn). */
  engine: 'offline' | 'llm';
}

/** The analysis of one session as stored (SessionAnalysisRecord.data); the schema number guards future changes. */
export interface SessionAnalysis {
  schema: 1;
  sessionId: string;
  studyId: string;
  participantId?: string;
  attributes: Attributes;
  /** Insights of its participant turns, in transcript order. */
  turns: TurnInsight[];
}

/** Reads stored analysis data, or null when it is not ours (another schema): it is then analysed again. */
export function readSessionAnalysis(data: unknown): SessionAnalysis | null {
  if (typeof data !== 'object' || data === null) return null;
  const value = data as Partial<SessionAnalysis>;
  return value.schema === 1 && typeof value.sessionId === 'string' && Array.isArray(value.turns) ? (value as SessionAnalysis) : null;
}
