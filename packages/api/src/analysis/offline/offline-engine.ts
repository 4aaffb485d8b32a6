import { createTextNlp, type TextNlp } from '../../interviewer/offline/nlp.ts';
import type { AnalysisEngine, ExtractedTurn, TurnToAnalyse } from '../engine.ts';
import { saysHowTheyWork, saysWhoTheyAre } from './self-description.ts';
import type { Emotion } from '../session-analysis.ts';
import { createConceptMatcher, type ConceptMatcher } from './concept-matcher.ts';
import { CX_CONCEPTS } from './cx-lexicon.ts';
import { isBehavior, isGoal, isPainPoint } from './cues.ts';
import { readSentence, themeFeatures, type SentenceReading } from './read-sentence.ts';
import { splitSentences } from './sentences.ts';
import { asksForChange, statesWish, takesBack } from './complaint-patterns.ts';
import { notableSignals } from './notable-signals.ts';

/** Quotes read best at this length; shorter ones rarely stand alone, longer ones get cut by readers. */
const QUOTE_WORDS = { min: 6, max: 45 };
/** Sentences scored closer to 0 than this are neutral and do not move a turn's sentiment. */
const FELT = 0.05;
/** A sentence needs this much to become a mention: a subject, or two content words. */
const MIN_FEATURES_WITHOUT_CONCEPT = 2;

/** What the offline engine needs; the NLP pipeline is loaded on first use when not given. */
export interface OfflineEngineOptions {
  nlp?: TextNlp;
}

/** The offline engine with its parts exposed, for the LLM engine, which falls back to it and reads labels with it. */
export interface OfflineEngine extends AnalysisEngine {
  readonly kind: 'offline';
  /** Analyses one turn synchronously. */
  analyseTurn(item: TurnToAnalyse): ExtractedTurn;
  /** Theme features of a short text (an LLM's theme label). */
  labelFeatures(text: string): Record<string, number>;
}

/**
 * Classic-NLP extraction: sentences split verbatim, read with wink-nlp (POS, lemmas, negation, AFINN sentiment)
 * plus CX polarity, subjects from the CX taxonomy, emotions from a lexicon, goals/behaviours/problems from phrasing
 * cues, and quotability from length, feeling and specificity.
 */
export function createOfflineEngine(options: OfflineEngineOptions = {}): OfflineEngine {
  let nlp = options.nlp;
  let matcher: ConceptMatcher | undefined;
  const parts = () => {
    nlp ??= createTextNlp();
    matcher ??= createConceptMatcher(CX_CONCEPTS);
    return { nlp, matcher };
  };

  function analyseTurn({ turn, stage, question }: TurnToAnalyse): ExtractedTurn {
    const { nlp, matcher } = parts();
    const read = splitSentences(turn.text).map((s) => readSentence(nlp, matcher, s.text));
    // Read before context neutralises a wish's kind words: praise or a complaint answering "what would be better?" is no wish.
    const asking = new Set(read.filter((r) => asksForChange(r.text, question, r.sentiment)).map((r) => r.text));
    const sentences = inContext(read, question);
    // Neutral sentences (context, filler) say nothing about feeling: averaging them in would dilute every answer.
    const felt = sentences.filter((r) => Math.abs(r.sentiment) >= FELT);
    const weight = felt.reduce((s, r) => s + Math.max(1, r.words), 0);
    const sentiment = weight === 0 ? 0 : felt.reduce((s, r) => s + r.sentiment * Math.max(1, r.words), 0) / weight;
    const emotions = [...new Set(sentences.flatMap((r) => r.emotions))] as Emotion[];
    // Who someone is and how they work describe them, not the experience: that goes to personas, never into a theme.
    const about = sentences.filter((r) => (Math.abs(r.sentiment) < FELT && saysWhoTheyAre(r.text)) || saysHowTheyWork(r.text));
    const mentions = sentences
      .filter((r) => !about.includes(r))
      .filter((r) => r.concepts.length > 0 || Object.keys(r.features).length >= MIN_FEATURES_WITHOUT_CONCEPT)
      .map((r) => ({ text: r.text, sentiment: r.sentiment, features: r.features, phrases: r.phrases, quotability: quotability(r) }));
    // What they ask for is kept apart too (it stays a mention): the fixes quote it beside the pain it would fix. A
    // one-word answer ("Email.") is too thin to say what it asks for.
    const wishes = sentences.filter((r) => !about.includes(r) && Object.keys(r.features).length >= MIN_FEATURES_WITHOUT_CONCEPT && asking.has(r.text));
    const quotes = sentences
      .map((r) => ({ r, score: quotability(r) }))
      .filter((q) => q.score >= 1.3)
      .sort((a, b) => b.score - a.score)
      .slice(0, 2)
      .map((q) => q.r.text);
    return {
      turnId: turn.id,
      at: turn.at,
      stage,
      sentiment: Math.round(sentiment * 1000) / 1000,
      emotions,
      mentions,
      painPoints: sentences.filter((r) => isPainPoint(r.text, r.sentiment)).map((r) => r.text),
      goals: sentences.filter((r) => isGoal(r.text)).map((r) => r.text),
      behaviors: sentences.filter((r) => isBehavior(r.text)).map((r) => r.text),
      quotes,
      about: about.map((r) => ({ text: r.text, phrases: r.phrases })),
      wishes: wishes.map((r) => ({ text: r.text, phrases: r.phrases, features: r.features })),
      signals: notableSignals(sentences.map((r) => r.text)),
      engine: 'offline',
    };
  }

  function labelFeatures(text: string) {
    const { nlp, matcher } = parts();
    const { tokens } = nlp.read(text);
    return themeFeatures(tokens, matcher.match(tokens));
  }

  return {
    kind: 'offline',
    analyseTurn,
    labelFeatures,
    async extract(input) {
      return input.turns.map(analyseTurn);
    },
    readQuery(text) {
      const { nlp, matcher } = parts();
      const { tokens } = nlp.read(text);
      const concepts = matcher.match(tokens);
      const inConcept = new Set(concepts.flatMap((h) => Array.from({ length: h.end - h.start }, (_, i) => h.start + i)));
      const features = themeFeatures(tokens, concepts);
      const nouns = tokens.filter((t, i) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !inConcept.has(i) && `w:${t.lemma}` in features).map((t) => `w:${t.lemma}`);
      return { features, nouns: [...new Set(nouns)] };
    },
    usage: () => ({ requests: 0, promptTokens: 0, completionTokens: 0, fallbackTurns: 0, estimated: false }),
  };
}

/**
 * Sentences read in the light of their neighbours and the question: a short "Resolved, yes." taken back by the next
 * sentence ("Satisfied, not really.") or turned by one opening with "But" is not praise, and a wish ("Someone who
 * owns the case until it is fixed.") says what is missing, so its kind words are not satisfaction.
 */
function inContext(sentences: SentenceReading[], question: string): SentenceReading[] {
  return sentences.map((r, i) => {
    const next = sentences[i + 1];
    const turned = next && (takesBack(next.text) || /^(?:but|however|yet|still|although|though)\b/i.test(next.text.trim()));
    if (r.sentiment > 0 && ((turned && r.words <= 6) || statesWish(r.text, question))) return { ...r, sentiment: 0 };
    return r;
  });
}

/** How well a sentence stands alone as a quote: a full thought, with feeling, about something specific, in the first person. */
function quotability(r: SentenceReading): number {
  if (r.words < QUOTE_WORDS.min || r.words > QUOTE_WORDS.max) return 0;
  let score = 1 + Math.min(1, Math.abs(r.sentiment) * 1.5);
  if (r.concepts.length > 0) score += 0.5;
  if (r.emotions.length > 0) score += 0.3;
  if (r.firstPerson) score += 0.2;
  if (/^(?:and|but|so|because|yes|no|well|um|uh|also|then)\b/i.test(r.text)) score -= 0.8;
  return Math.round(score * 100) / 100;
}
