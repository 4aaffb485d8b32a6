import type { NlpToken, TextNlp } from '../../interviewer/offline/nlp.ts';
import { nounPhrases } from '../../interviewer/offline/noun-phrases.ts';
import type { Emotion, Features } from '../session-analysis.ts';
import type { ConceptHit, ConceptMatcher } from './concept-matcher.ts';
import { CX_CONCEPTS } from './cx-lexicon.ts';
import { emotionsOf } from './emotions.ts';
import { GENERIC_LEMMAS } from './generic-words.ts';
import { sentencePolarity } from './sentence-polarity.ts';

/** What the offline engine reads from one sentence. */
export interface SentenceReading {
  text: string;
  words: number;
  sentiment: number;
  emotions: Emotion[];
  concepts: ConceptHit[];
  /** Theme features: taxonomy subjects (heavy) and content lemmas, unit length; empty when it says nothing specific. */
  features: Features;
  phrases: string[];
  firstPerson: boolean;
}

/** Taxonomy subjects outweigh single words: they are what themes are made of. */
const CONCEPT_WEIGHT = 2.5;
const FACET_WEIGHT = new Map(CX_CONCEPTS.filter((c) => c.weight !== undefined).map((c) => [c.key, c.weight!]));
const CONTENT_POS: Record<string, number> = { NOUN: 1, PROPN: 1, VERB: 0.5, ADJ: 0.5 };

/** Reads a sentence into sentiment (wink's lexicon plus CX polarity), emotions, subjects and theme features. */
export function readSentence(nlp: TextNlp, matcher: ConceptMatcher, text: string): SentenceReading {
  const { tokens } = nlp.read(text);
  const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM').length;
  const concepts = matcher.match(tokens);
  return {
    text,
    words,
    sentiment: sentencePolarity(nlp, text, tokens),
    emotions: emotionsOf(tokens),
    concepts,
    features: themeFeatures(tokens, concepts),
    phrases: keyPhrases(tokens),
    firstPerson: tokens.some((t) => t.normal === 'i' || t.normal === 'we' || t.normal === 'my' || t.normal === 'our' || t.normal === 'me' || t.normal === 'us'),
  };
}

/** The feature vector of a sentence; the same function reads questions for retrieval, so both share a vocabulary. */
export function themeFeatures(tokens: NlpToken[], concepts: ConceptHit[]): Features {
  const features: Features = {};
  for (const hit of concepts) features[`c:${hit.key}`] = Math.min(1.5, (features[`c:${hit.key}`] ?? 0) + hit.weight);
  for (const key of Object.keys(features)) {
    // A weak cue alone ("a few days ago") does not make a sentence about a subject; two weak cues or a strong one do.
    if (features[key]! < 1) delete features[key];
    // Facets (how: the channel) weigh less than subjects (what): "bounced from chat to email" is about effort.
    else features[key] = features[key]! * CONCEPT_WEIGHT * (FACET_WEIGHT.get(key.slice(2)) ?? 1);
  }
  const inConcept = new Set(concepts.flatMap((h) => range(h.start, h.end)));
  tokens.forEach((t, i) => {
    const weight = CONTENT_POS[t.pos];
    if (!weight || t.stopWord || t.lemma.length < 3 || GENERIC_LEMMAS.has(t.lemma) || GENERIC_LEMMAS.has(t.normal) || !/^\p{L}[\p{L}-]*$/u.test(t.lemma)) return;
    // A word that named a subject still counts as itself, at half weight, so clusters within a subject can differ.
    const key = `w:${t.lemma}`;
    features[key] = Math.max(features[key] ?? 0, inConcept.has(i) ? weight / 2 : weight);
  });
  return normalise(features);
}

/** Scales a vector to unit length (an empty vector stays empty). */
export function normalise(features: Features): Features {
  const norm = Math.sqrt(Object.values(features).reduce((s, v) => s + v * v, 0));
  if (norm === 0) return {};
  const out: Features = {};
  for (const [k, v] of Object.entries(features)) out[k] = Math.round((v / norm) * 1000) / 1000;
  return out;
}

function keyPhrases(tokens: NlpToken[]): string[] {
  const out = new Set<string>();
  for (const phrase of nounPhrases(tokens)) {
    const words = phrase.tokens.filter((t) => !t.stopWord && t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'NUM');
    const head = words.at(-1);
    if (!head || GENERIC_LEMMAS.has(head.lemma) || words.length > 4) continue;
    out.add(words.map((t) => t.normal).join(' '));
  }
  return [...out].slice(0, 4);
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
