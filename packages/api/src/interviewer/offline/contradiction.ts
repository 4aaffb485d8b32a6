import type { TextNlp } from './nlp.ts';

/** An earlier answer the new one is at odds with: what was said then, about the same thing. */
export interface Contradiction {
  /** The earlier sentence. */
  earlier: string;
  /** The sentence of the new answer. */
  now: string;
}

// Words that turn a statement negative whatever the sentiment lexicon says of its other words.
const NEGATIVE = /\b(?:never|didn['’]?t|did not|couldn['’]?t|could not|wasn['’]?t|not|no one|nobody|nothing|useless|wrong|broke|broken|failed|awful|terrible|worst)\b/i;
const GENERIC = new Set(['thing', 'time', 'way', 'lot', 'bit', 'day', 'week', 'month', 'year', 'issue', 'problem', 'experience', 'people', 'team']);

/**
 * Looks for an earlier answer that said the opposite about the same thing ("the agent was great" then "the agent
 * never understood my issue"): a shared specific noun, one sentence leaning positive and the other negative.
 */
export function findContradiction(nlp: TextNlp, answer: string, earlier: readonly string[]): Contradiction | undefined {
  for (const now of sentencesOf(answer)) {
    if (suggests(nlp, now)) continue;
    const lean = leaning(nlp, now);
    if (lean === 0) continue;
    const nouns = nounsOf(nlp, now);
    if (nouns.size === 0) continue;
    // Only sentences that name the same thing are read closely (a plain substring test first keeps this cheap).
    const named = [...nouns];
    for (const before of earlier.flatMap(sentencesOf)) {
      const lower = before.toLowerCase();
      if (!named.some((n) => lower.includes(n)) || suggests(nlp, before)) continue;
      if (leaning(nlp, before) !== -lean) continue;
      if ([...nounsOf(nlp, before)].some((n) => nouns.has(n))) return { earlier: before, now };
    }
  }
  return undefined;
}

// Wording that asks for something instead of saying how things were ("Someone should call back", "I wish…").
const WISH = /\b(?:should(?:n['’]t)?|would have|would['’]ve|wish|if only|it would help|would be (?:nice|great|good|better|helpful)|please)\b/i;
// Words that may open a request before its verb: "just ask me", "always test the fix".
const SOFTENER = new Set(['just', 'please', 'maybe', 'always', 'simply', 'perhaps', 'ideally']);
// What follows a verb used as a command ("test the fix", "check with me"); after a subject comes a verb instead.
const OBJECT_START = new Set(['the', 'a', 'an', 'me', 'us', 'them', 'it', 'my', 'our', 'with', 'what', 'whether', 'when', 'before']);

/**
 * Whether a sentence asks for something rather than states how things were: a wish, or a command ("Test the fix
 * before telling me it works"). A request for a check-in does not contradict "nobody followed up"; it follows from it.
 * The first word is read lower-cased, since the tagger takes a capitalised first word for a name.
 */
function suggests(nlp: TextNlp, sentence: string): boolean {
  if (WISH.test(sentence)) return true;
  const words = nlp.read(sentence[0]!.toLowerCase() + sentence.slice(1)).tokens.filter((t) => t.pos !== 'PUNCT');
  const start = words.findIndex((t) => !SOFTENER.has(t.normal));
  const first = words[start];
  const next = words[start + 1];
  if (!first || !next) return false;
  if (first.pos === 'VERB' && first.normal === first.lemma && first.normal !== 'be') return true;
  return first.pos === 'NOUN' && OBJECT_START.has(next.normal) && next.pos !== 'VERB';
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+/).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 3);
}

function leaning(nlp: TextNlp, sentence: string): -1 | 0 | 1 {
  const { sentiment } = nlp.read(sentence);
  if (NEGATIVE.test(sentence) || sentiment <= -0.25) return -1;
  return sentiment >= 0.25 ? 1 : 0;
}

function nounsOf(nlp: TextNlp, sentence: string): Set<string> {
  return new Set(nlp.read(sentence).tokens.filter((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !GENERIC.has(t.lemma)).map((t) => t.lemma.toLowerCase()));
}
