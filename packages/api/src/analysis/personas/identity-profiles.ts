import type { SentenceEmbedder } from '../meaning/sentence-vectors.ts';
import { saysHowTheyWork, saysWhoTheyAre } from '../offline/self-description.ts';
import type { Features } from '../session-analysis.ts';
import type { SessionEvidence } from './persona-evidence.ts';
import type { Profile } from './persona-profiles.ts';
import { contentWords, termsOf } from './persona-words.ts';
import { averageLinkage } from './average-linkage.ts';
import { cosine } from '../meaning/sentence-vectors.ts';

/**
 * Profiles of who people are, from the sentences in which they say it (their role, their organisation, how they
 * habitually work): the meaning of those sentences (sentence vectors, averaged per interview) and their words.
 * People of one kind describe themselves in different words ("I look after IT for three hundred staff", "I administer
 * the systems our whole department relies on"), which word profiles cannot see and meaning can; the words keep
 * literal matches ("IT team", "sole trader") sharp. Every other thing said (pains, wishes, the support channel) is
 * left out, so the split is by who people are, not by what happened to them.
 */

/**
 * Words at least this similar (cosine of their word vectors, averaged over a group) name one concept. Measured on
 * self-descriptions (bench/RESULTS.md): 0.45 groups "staff / employees" and "shop / bakery / florist" but not "shop /
 * staff"; on studies of 10–20 people of each of two kinds it raised the split's reproducibility (20 starts per
 * subsample) from 0.84–0.97 with exact words to 0.91–1.00.
 */
const CONCEPT_SIMILARITY = 0.45;
/** Words grouped into concepts at most (by use): the grouping is quadratic in them. */
const MAX_CONCEPT_WORDS = 1500;

/** The sentences of an interview that say who the participant is or how they work. */
export function identitySentences(evidence: SessionEvidence): string[] {
  return evidence.sentences.filter((s) => saysWhoTheyAre(s.text) || saysHowTheyWork(s.text)).map((s) => s.text);
}

/**
 * One identity profile per interview that says who it is (null for the others): a unit vector whose meaning part
 * (`v:` dimensions) and word part (`i:` terms, idf-weighted, terms of one interview or of all left out) weigh the
 * same. `traits` are the interviews' full trait sets, kept on the profiles so groups are described by everything.
 */
export function identityProfiles(members: SessionEvidence[], traits: Set<string>[], embedder: SentenceEmbedder): (Profile | null)[] {
  const sentences = members.map(identitySentences);
  // Embedded as one set, so the common component removed is that of self-descriptions, the same for everyone.
  const { vectors } = embedder.embedSet(sentences.flat());
  const withIdentity = sentences.filter((list) => list.length > 0).length;
  const concepts = wordConcepts(sentences.flat(), embedder);
  const termSets = sentences.map((list) => new Set(list.flatMap((text) => termsOf(text).map((t) => concepts.get(t.key) ?? t.key))));
  const df = new Map<string, number>();
  for (const set of termSets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  let at = 0;
  return sentences.map((list, i) => {
    const meaning = new Float64Array(embedder.dims);
    for (let k = 0; k < list.length; k++) {
      const v = vectors[at++]!;
      for (let d = 0; d < meaning.length; d++) meaning[d] = meaning[d]! + v[d]!;
    }
    const words: Features = {};
    for (const t of termSets[i]!) {
      const n = df.get(t)!;
      if (n >= 2 && n < withIdentity) words[`i:${t}`] = Math.log(withIdentity / n);
    }
    const vector: Features = {};
    addUnit(vector, Object.fromEntries(Array.from(meaning, (w, d) => [`v:${d}`, w])));
    addUnit(vector, words);
    const length = Math.sqrt(Object.values(vector).reduce((s, w) => s + w * w, 0));
    if (length === 0) return null;
    for (const key of Object.keys(vector)) vector[key] = vector[key]! / length;
    return { traits: traits[i]!, vector };
  });
}

function addUnit(into: Features, part: Features): void {
  const length = Math.sqrt(Object.values(part).reduce((s, w) => s + w * w, 0));
  if (length === 0) return;
  for (const [key, w] of Object.entries(part)) into[key] = w / length;
}

/**
 * Each word of the self-descriptions → its concept: words close in meaning ("staff", "employees"; "shop", "bakery",
 * "florist") grouped by average linkage at CONCEPT_SIMILARITY, so two people who name their world in different words
 * still share a term. Keys are content-derived (`c:` and the concept's first stem), so the same words always group alike.
 */
function wordConcepts(texts: string[], embedder: SentenceEmbedder): Map<string, string> {
  const forms = new Map<string, { surface: string; uses: number }>();
  for (const text of texts) {
    for (const w of contentWords(text)) {
      if (!w) continue;
      const known = forms.get(w.stem);
      if (known) known.uses += 1;
      else forms.set(w.stem, { surface: w.surface.toLowerCase(), uses: 1 });
    }
  }
  // The most used words are grouped (a study of thousands stays fast); the rest count as themselves.
  const chosen = [...forms].sort((a, b) => b[1].uses - a[1].uses || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_CONCEPT_WORDS);
  const words = chosen.sort((a, b) => (a[0] < b[0] ? -1 : 1)).flatMap(([stem, { surface }]) => {
    const v = embedder.embedSentence(surface);
    return v ? [{ stem, v }] : [];
  });
  const n = words.length;
  const sim = new Float32Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[i * n + j] = sim[j * n + i] = cosine(words[i]!.v, words[j]!.v);
  const labels = averageLinkage(sim, n, CONCEPT_SIMILARITY);
  return new Map(words.map((w, i) => [w.stem, `c:${words[labels[i]!]!.stem}`]));
}
