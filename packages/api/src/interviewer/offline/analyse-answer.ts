import type { NlpToken, TextNlp } from './nlp.ts';
import { EMOTION_WORDS, GENERIC_NOUNS, VAGUE_PHRASES, VAGUE_WORDS } from './answer-lexicon.ts';
import { keyPhrase } from './key-phrase.ts';

/** How an answer reads to a researcher, which decides whether and how to probe. */
export type AnswerKind = 'emotional' | 'vague' | 'short' | 'detailed';

/** What the offline interviewer makes of one answer. */
export interface AnswerAnalysis {
  kind: AnswerKind;
  /** The participant's own key phrase, ready to quote back ("the billing page"), if there is a specific one. */
  keyPhrase: string | undefined;
  /** -1..1, from wink's sentiment lexicon. */
  sentiment: number;
  /** The leaning of the feeling expressed (of the feeling word itself when there is one). */
  tone: 'negative' | 'neutral' | 'positive';
  words: number;
}

/** Reads answers; holds the stemmed lexicons so they are prepared once per interviewer. */
export interface AnswerReader {
  analyse(answer: string, question?: string): AnswerAnalysis;
}

/** Question word sets remembered per reader; a study has a handful of questions, so this only bounds odd cases. */
const MAX_REMEMBERED_QUESTIONS = 256;
/** Below this many words an answer is short, whatever it says. */
const SHORT_WORDS = 8;
/** Sentiment strong enough to count as emotional when the answer is also emphatic (wink scores plain words too). */
const STRONG_SENTIMENT = 0.6;
const EMPHASIS = new Set(['really', 'very', 'extremely', 'absolutely', 'totally', 'incredibly', 'super', 'completely', 'seriously']);
/** Sentiment past which an answer leans one way. */
const TONE = 0.2;
const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);

/** Creates an answer reader over one NLP pipeline. */
export function createAnswerReader(nlp: TextNlp): AnswerReader {
  const emotionStems = new Set(nlp.read(EMOTION_WORDS.join(' , ')).tokens.map((t) => t.stem));
  const vagueWords = new Set(VAGUE_WORDS);
  const genericNouns = new Set(GENERIC_NOUNS);
  // The same guide questions come up turn after turn; reading each once keeps a reply to one NLP pass.
  const questionLemmas = new Map<string, Set<string>>();
  const lemmasOf = (question: string): Set<string> => {
    let lemmas = questionLemmas.get(question);
    if (!lemmas) {
      lemmas = new Set(nlp.read(question).tokens.map((t) => t.lemma));
      if (questionLemmas.size >= MAX_REMEMBERED_QUESTIONS) questionLemmas.delete(questionLemmas.keys().next().value!);
      questionLemmas.set(question, lemmas);
    }
    return lemmas;
  };
  return {
    analyse(answer, question) {
      const { tokens, sentiment } = nlp.read(answer);
      const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM');
      const feeling = words.find((t) => emotionStems.has(t.stem) && !t.negated);
      const lower = ` ${words.map((t) => t.normal).join(' ')} `;
      const hedged = words.some((t) => vagueWords.has(t.normal)) || VAGUE_PHRASES.some((p) => lower.includes(` ${p} `));
      const content = words.filter((t) => isContent(t, vagueWords, genericNouns)).length;
      const emphatic = answer.includes('!') || words.some((t, i) => EMPHASIS.has(t.normal) || (t.normal === 'so' && words[i + 1]?.pos === 'ADJ'));
      const kind = classify({ feeling, hedged, emphatic, content, words: words.length, sentiment });
      const questionWords = question ? lemmasOf(question) : new Set<string>();
      const leaning = feeling ? nlp.read(feeling.value).sentiment || sentiment : sentiment;
      const tone = leaning <= -TONE ? 'negative' : leaning >= TONE ? 'positive' : 'neutral';
      const phrase = keyPhrase(tokens, { genericNouns, questionWords, near: feeling });
      return { kind, keyPhrase: phrase, sentiment, tone, words: words.length };
    },
  };
}

function classify(a: {
  feeling: NlpToken | undefined;
  hedged: boolean;
  emphatic: boolean;
  content: number;
  words: number;
  sentiment: number;
}): AnswerKind {
  if (a.feeling) return 'emotional';
  if (a.hedged && a.content <= 3 && a.words <= 12) return 'vague';
  if (!a.hedged && a.emphatic && a.words >= 3 && Math.abs(a.sentiment) >= STRONG_SENTIMENT) return 'emotional';
  if (a.words < SHORT_WORDS) return 'short';
  return 'detailed';
}

function isContent(t: NlpToken, vague: Set<string>, generic: Set<string>): boolean {
  return CONTENT_TAGS.has(t.pos) && !t.stopWord && !vague.has(t.normal) && !generic.has(t.normal);
}
