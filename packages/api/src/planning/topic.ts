import type { TextNlp } from '../interviewer/offline/nlp.ts';
import { nounPhrases, type NounPhrase } from '../interviewer/offline/noun-phrases.ts';

// Who is being studied, not what: "Why do users abandon the checkout?" is about the checkout.
const PEOPLE = new Set([
  'user', 'customer', 'people', 'person', 'participant', 'client', 'buyer', 'member', 'admin', 'team', 'visitor', 'owner',
  'agency', 'company', 'business', 'organisation', 'organization', 'account', 'subscriber', 'shopper', 'developer',
  'manager', 'employee', 'staff', 'prospect', 'lead', 'segment', 'persona',
]);
// Words about time or research itself, never the topic.
const NOT_TOPICS = new Set([
  'type', 'kind', 'sort', 'group', 'size', 'need', 'goal', 'frustration', 'reason', 'way', 'thing', 'lot', 'why',
  'problem', 'question', 'time', 'while', 'moment', 'period', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year',
]);
// Too general to be a topic on their own ("experience"), though fine inside one ("the help desk experience").
const VAGUE_ALONE = new Set(['experience', 'feedback', 'opinion', 'thought', 'feeling', 'use', 'usage', 'process', 'product']);
// Possessives of the people studied read better as "the" in our questions ("their ticket" → "the ticket").
const POSSESSIVE_TO_THE = new Set(['their', 'his', 'her', 'its', 'my', 'your']);

/**
 * The research question's key noun phrase, worded to sit inside a question ("the checkout" from "Why do users
 * abandon the checkout?"): not a group of people, preferring what the question's verb acts on.
 */
export function researchTopic(nlp: TextNlp, researchQuestion: string): string | undefined {
  let best: { phrase: NounPhrase; score: number } | undefined;
  for (const phrase of nounPhrases(nlp.read(researchQuestion).tokens)) {
    const head = phrase.tokens.at(-1)!;
    const lemma = head.lemma.toLowerCase();
    if (PEOPLE.has(lemma) || NOT_TOPICS.has(lemma) || (phrase.tokens.length === 1 && VAGUE_ALONE.has(lemma))) continue;
    const nouns = phrase.tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB').length;
    const score = (phrase.before === 'VERB' ? 3 : phrase.before === 'ADP' ? 1 : 0) + Math.min(2, nouns);
    if (!best || score > best.score) best = { phrase, score };
  }
  const topic = best ? worded(best.phrase) : undefined;
  // A topic goes into every question: a run-on "word" (600 letters pasted in) would make them too long to ask.
  return topic && topic.length <= MAX_TOPIC_CHARS ? topic : undefined;
}

/** The longest topic put into questions. */
const MAX_TOPIC_CHARS = 60;

function worded(phrase: NounPhrase): string {
  return phrase.tokens
    .map((t, i) => {
      if (i === 0 && POSSESSIVE_TO_THE.has(t.normal)) return 'the';
      if (i === 0 && (t.pos === 'DET' || t.pos === 'PRON')) return t.value.toLowerCase();
      if (t.pos === 'NOUN' && /^[A-Z][a-z]+$/.test(t.value)) return t.value.toLowerCase();
      return t.value;
    })
    .join(' ');
}
