import { wordsOf } from './tokenize.ts';
import { cosine, firstPrincipalComponent, isZero, withoutComponent } from './vector-math.ts';
import type { WordVectors } from './word-vectors.ts';

/**
 * Sentence vectors by meaning, offline: SIF (Arora, Liang & Ma, "A simple but tough-to-beat baseline for sentence
 * embeddings", ICLR 2017) over GloVe 100d word vectors. A sentence is the average of its words' vectors weighted
 * a / (a + p(w)), so "the", "was", "my" barely count and "charged", "refund", "agent" carry it; then the component
 * every sentence of a set shares (the first principal direction: syntax and frequent-word drift) is removed, so
 * what is left is what a sentence says rather than how English sentences look.
 *
 * API (everything here is runtime-agnostic; only loading touches the file system):
 *
 *   // Node, once per process (reads 5.8 MB in ~80 ms; on first ever use derives it from the package, ~2 s):
 *   const embedder = await loadSentenceEmbedder();                          // node-embedder.ts
 *   //   or: createSentenceEmbedder(createWordVectors((await loadCompactEmbeddings()).embeddings))
 *   const set = embedder.embedSet(sentences);          // set.vectors[i] belongs to sentences[i]
 *   const query = embedder.embedSentence('charged twice', set);   // null when it has no known word
 *   const score = query ? cosine(query, set.vectors[i]!) : 0;     // -1…1, higher = closer in meaning
 *
 * Inputs are text, or tokens the caller already has ({ normal, lemma }: wink NlpToken fits), which adds the
 * lemma as a fallback for words outside the 50k vocabulary. A sentence with no known word gets a zero vector in a
 * set (indices stay aligned; cosine with it is 0) and null from embedSentence. Vectors are float32, not unit
 * length; compare them with cosine. The same input always gives bit-identical vectors.
 */

/** One word as a tokenizer gives it: the lower-cased form and, when known, its lemma. */
export interface WordToken {
  normal: string;
  lemma?: string;
}

/** A sentence to embed: its text, or its tokens when the caller has read it already. */
export type SentenceInput = string | readonly WordToken[];

/** Vectors of sentences embedded together, and the shared component removed from them (queries need the same). */
export interface EmbeddedSet {
  vectors: Float32Array[];
  /** Unit vector removed from every sentence of the set (the vocabulary's common direction for small sets). */
  component: Float64Array;
}

/** Turns sentences into comparable vectors (see the note at the top of this file). */
export interface SentenceEmbedder {
  readonly dims: number;
  /** One vector per input, the set's common component removed; zero vectors for inputs with no known word. */
  embedSentences(inputs: readonly SentenceInput[]): Float32Array[];
  /** Like embedSentences, and also returns the removed component so later queries can be embedded against the set. */
  embedSet(inputs: readonly SentenceInput[]): EmbeddedSet;
  /** One sentence (a query, a new quote) projected like `against`'s members, else like a small set; null when no word is known. */
  embedSentence(input: SentenceInput, against?: EmbeddedSet): Float32Array | null;
}

/**
 * Below this many non-empty sentences a set's first principal direction starts to follow the sentences' own content
 * (with two it is roughly their average, and removing it would erase what they share), so smaller sets, and lone
 * queries, use the vocabulary's common direction instead (word-vectors.ts), which every set's component is close to.
 */
export const MIN_SET_FOR_COMPONENT = 8;

/** Builds an embedder over loaded word vectors; cheap, holds no state beyond them. */
export function createSentenceEmbedder(words: WordVectors): SentenceEmbedder {
  const average = (input: SentenceInput): Float64Array => {
    const acc = new Float64Array(words.dims);
    const tokens: readonly WordToken[] = typeof input === 'string' ? wordsOf(input).map((normal) => ({ normal })) : input;
    let count = 0;
    for (const token of tokens) {
      for (const row of words.rowsFor(token.normal.toLowerCase(), token.lemma?.toLowerCase())) {
        words.addTo(acc, row, words.weight(row));
        count += 1;
      }
    }
    if (count > 0) for (let d = 0; d < acc.length; d += 1) acc[d]! /= count;
    return acc;
  };

  const embedSet = (inputs: readonly SentenceInput[]): EmbeddedSet => {
    const averages = inputs.map(average);
    const nonEmpty = averages.filter((v) => !isZero(v));
    const own = nonEmpty.length >= MIN_SET_FOR_COMPONENT ? firstPrincipalComponent(nonEmpty, words.dims) : null;
    const component = own ?? words.commonDirection;
    return { vectors: averages.map((v) => withoutComponent(v, component)), component };
  };

  return {
    dims: words.dims,
    embedSentences: (inputs) => embedSet(inputs).vectors,
    embedSet,
    embedSentence(input, against) {
      const v = average(input);
      return isZero(v) ? null : withoutComponent(v, against?.component ?? words.commonDirection);
    },
  };
}

/** Re-exported so callers compare vectors with the same helper the tests and bench use. */
export { cosine };
