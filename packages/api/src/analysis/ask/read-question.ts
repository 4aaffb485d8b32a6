import type { AnalysisEngine } from '../engine.ts';
import type { Features } from '../session-analysis.ts';
import type { SentenceEmbedder } from '../meaning/sentence-vectors.ts';
import { wordsOf } from '../meaning/tokenize.ts';
import { CX_CONCEPTS } from '../offline/cx-lexicon.ts';
import { GENERIC_LEMMAS } from '../offline/generic-words.ts';
import type { SignalKind } from '../offline/notable-signals.ts';
import { FUNCTION_WORDS, QUESTION_WORDS, WISH_WORDS, askedFeeling, askedSignals, asksForWishes, stem } from './ask-words.ts';

/** Weight of a subject the question names in another order than the taxonomy ("the ticket was closed"). */
const REORDERED_SUBJECT = 0.6;
/** A facet the question names (how, not what: "their ticket" is the channel) weighs this share of its reading. */
const FACET_SHARE = 0.3;
/** Subjects that are facets never make a question unanswerable on their own. */
const FACETS = new Set(CX_CONCEPTS.filter((c) => c.weight !== undefined && c.weight < 1).map((c) => c.key));

/** A question read for retrieval. */
export interface AskQuestion {
  /** Its terms, in the vocabulary of mention features, without the words every question has. */
  terms: Features;
  /** Sentence vector of its content words (null without an embedder, or when none of them is known). */
  vector: Float32Array | null;
  /** The feeling it asks about, if any: sentences of the opposite feeling do not answer it. */
  feeling: 'negative' | 'positive' | null;
  /** Nouns outside the taxonomy it names (feature keys), and the taxonomy subjects (not facets): the specific things it asks about. */
  nouns: string[];
  subjects: string[];
  /**
   * Things it names in several words, at least one of them a noun outside the taxonomy ("pricing page"): each word
   * as its lemma's feature key. Said only when some sentence says all of its words (or words that mean the same):
   * "the help page" and "spent a few minutes" (cost) do not make a pricing page.
   */
  compounds: { name: string; parts: string[] }[];
  /** Kinds of notable signal it asks about ("Did anyone mention a competitor?"). */
  signals: SignalKind[];
  /** Whether it asks what participants want changed: then only what they asked for answers it. */
  wishes: boolean;
}

/**
 * Reads a question: the engine's features (question words dropped, facets lightened), plus taxonomy subjects it
 * names in another word order ("after their ticket was closed" is "closed the ticket": resolution); the feeling it
 * asks about; its content words' sentence vector; and the specific nouns and subjects it names. Null when it names
 * nothing to look for.
 */
export function readQuestion(engine: AnalysisEngine, question: string, embedder?: SentenceEmbedder): AskQuestion | null {
  const reading = engine.readQuery(question);
  const wishes = asksForWishes(question);
  // "What did people ask for about billing?": "ask for" says where to look, "billing" what to look for.
  const asking = (word: string) => wishes && WISH_WORDS.has(word);
  const words = wordsOf(question);
  const content = words.filter((w) => !QUESTION_WORDS.has(w) && !FUNCTION_WORDS.has(w) && !asking(w));
  const contentStems = new Set(content.map(stem));
  const terms: Features = {};
  for (const [k, v] of Object.entries(reading.features)) {
    if (k.startsWith('w:') && (QUESTION_WORDS.has(k.slice(2)) || asking(k.slice(2)))) continue;
    // A subject only a question word points to ("mention" is also a collaboration term) is not asked about.
    if (k.startsWith('c:') && !namedBy(k.slice(2), contentStems)) continue;
    terms[k] = k.startsWith('c:') && FACETS.has(k.slice(2)) ? v * FACET_SHARE : v;
  }
  const signals = askedSignals(question);
  if (Object.keys(terms).length === 0 && signals.length === 0 && !wishes) return null;
  for (const key of reorderedSubjects(question)) terms[key] ??= REORDERED_SUBJECT;
  // The vector says what the question is about: generic words ("problem", "thing") would pull every sentence close.
  const specific = content.filter((w) => !GENERIC_LEMMAS.has(w) && !GENERIC_LEMMAS.has(w.replace(/s$/, '')));
  const nouns = reading.nouns.filter((t) => t in terms);
  return {
    terms,
    vector: embedder && specific.length ? embedder.embedSentence(specific.join(' ')) : null,
    // "What would have made it better?" asks for wishes, not for praise.
    feeling: wishes ? null : askedFeeling(question),
    nouns,
    subjects: Object.keys(terms).filter((k) => k.startsWith('c:') && !FACETS.has(k.slice(2)) && k in reading.features),
    compounds: compoundsOf(engine, question, nouns),
    signals,
    wishes,
  };
}

/** Whether a subject is named by one of the question's content words (by the first word of one of its terms). */
function namedBy(key: string, contentStems: Set<string>): boolean {
  const concept = CX_CONCEPTS.find((c) => c.key === key);
  return concept === undefined || concept.terms.some((raw) => contentStems.has(stem(raw.replace(/~$/, '').split(/\s+/)[0]!)));
}

/** Runs of two or more content words with a noun among them, each word as its lemma's feature key. */
function compoundsOf(engine: AnalysisEngine, question: string, nouns: string[]): AskQuestion['compounds'] {
  const nounStems = new Set(nouns.map((n) => stem(n.slice(2))));
  const runs: string[][] = [[]];
  for (const [word] of question.matchAll(/\p{L}[\p{L}'’-]*|[^\p{L}\s]+/gu)) {
    const lower = word.toLowerCase();
    if (/^\p{L}/u.test(word) && !FUNCTION_WORDS.has(lower) && !QUESTION_WORDS.has(lower)) runs.at(-1)!.push(word);
    else if (runs.at(-1)!.length) runs.push([]);
  }
  const out: AskQuestion['compounds'] = [];
  for (const run of runs) {
    if (run.length < 2 || !run.some((w) => nounStems.has(stem(w)))) continue;
    const parts = run.map((w) => Object.keys(engine.readQuery(w).features).find((k) => k.startsWith('w:'))).filter((k): k is string => k !== undefined);
    if (parts.length >= 2) out.push({ name: run.join(' '), parts });
  }
  return out;
}

/** How questions ask about a subject in words sentences rarely use: repetition ("more than once") is effort. */
const QUESTION_PHRASES: [RegExp, string][] = [[/\b(?:more than once|multiple times|several times|over and over|again and again|every time|each time)\b/i, 'effort']];

/**
 * Subjects of the taxonomy whose multi-word terms the question holds in any order ("ticket … closed"), and those
 * it asks about in question phrasing ("more than once").
 */
function reorderedSubjects(question: string): string[] {
  const stems = new Set(wordsOf(question).map(stem));
  const found = QUESTION_PHRASES.filter(([pattern]) => pattern.test(question)).map(([, key]) => `c:${key}`);
  for (const concept of CX_CONCEPTS) {
    const hit = concept.terms.some((raw) => {
      const words = raw.replace(/~$/, '').split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w));
      return words.length >= 2 && words.every((w) => stems.has(stem(w)));
    });
    if (hit) found.push(`c:${concept.key}`);
  }
  return found;
}

/**
 * How the question words the things nobody said (noun and subject feature keys): each with the content words
 * around it, so "our pricing page" gives "pricing page" and "the mobile app" gives "mobile app".
 */
export function namesInQuestion(question: string, unsaid: string[]): string[] {
  const words = [...question.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => m[0]);
  const lower = words.map((w) => w.toLowerCase());
  const stems = lower.map(stem);
  /** Where the question says a feature: its word, or the longest of its subject's terms. */
  const placeOf = (key: string): number[] => {
    if (key.startsWith('w:')) return stems.flatMap((s, i) => (s === stem(key.slice(2)) ? [i] : []));
    const concept = CX_CONCEPTS.find((c) => c.key === key.slice(2));
    const places: number[] = [];
    for (const raw of concept?.terms ?? []) {
      const seq = raw.replace(/~$/, '').split(/\s+/).map(stem);
      for (let i = 0; i + seq.length <= stems.length; i++) if (seq.every((s, k) => stems[i + k] === s)) places.push(...seq.map((_, k) => i + k));
    }
    return places;
  };
  const marked = new Set<number>();
  const unplaced: string[] = [];
  for (const key of unsaid) {
    const places = placeOf(key);
    for (const i of places) marked.add(i);
    if (places.length === 0) unplaced.push(key.startsWith('c:') ? (CX_CONCEPTS.find((c) => c.key === key.slice(2))?.label.toLowerCase() ?? key.slice(2)) : key.slice(2));
  }
  const isContent = (i: number) => i >= 0 && i < lower.length && !FUNCTION_WORDS.has(lower[i]!) && !QUESTION_WORDS.has(lower[i]!);
  const names: string[] = [];
  const taken = new Set<number>();
  for (const i of [...marked].sort((a, b) => a - b)) {
    if (taken.has(i)) continue;
    let from = i;
    let to = i;
    while (isContent(from - 1)) from -= 1;
    while (isContent(to + 1)) to += 1;
    for (let k = from; k <= to; k++) taken.add(k);
    names.push(words.slice(from, to + 1).join(' '));
  }
  return [...names, ...unplaced];
}
