import type { Turn } from '@parley/protocol';
import type { Features, Mention, TurnInsight } from './session-analysis.ts';

/** A participant turn to analyse, with the question it answers and its plan stage. */
export interface TurnToAnalyse {
  turn: Turn;
  question: string;
  stage: string | null;
}

/** What an engine is given: the study's frame, the session's transcript for context, and the turns to analyse. */
export interface ExtractionInput {
  study: { researchQuestion: string; flow: string[] };
  turns: TurnToAnalyse[];
  /** Labels of the study's current themes, so an LLM reuses them instead of inventing synonyms. */
  knownThemes: string[];
  signal?: AbortSignal;
}

/** A turn's insight before the study assigns its mentions to themes. */
export type ExtractedTurn = Omit<TurnInsight, 'mentions'> & { mentions: Omit<Mention, 'themeId'>[] };

/** A question as retrieval sees it: its features, and the nouns it names (each must have been said to be answered). */
export interface QueryReading {
  features: Features;
  /** Feature keys (w:lemma) of the nouns outside the CX taxonomy: the specific things the question is about. */
  nouns: string[];
}

/** Model tokens an engine has spent (zero offline). `estimated` when the server reported no usage. */
export interface EngineUsage {
  requests: number;
  promptTokens: number;
  completionTokens: number;
  /** Turns the LLM engine could not analyse and handed to the offline one. */
  fallbackTurns: number;
  estimated: boolean;
}

/**
 * Extraction of themes, sentiment, emotions, pain points, goals, journey stage and quotable lines from participant
 * turns. Two implementations: offline (wink-nlp and a CX taxonomy) and LLM (structured output, zod-validated).
 */
export interface AnalysisEngine {
  readonly kind: 'offline' | 'llm';
  /** Analyses the given turns; returns one insight per turn, in order. Never rejects for bad model output. */
  extract(input: ExtractionInput): Promise<ExtractedTurn[]>;
  /** A question read for retrieval ("ask"), in the same vocabulary as mentions' features. */
  readQuery(text: string): QueryReading;
  /** Tokens spent so far. */
  usage(): EngineUsage;
}
