import type { TextNlp } from '../interviewer/offline/nlp.ts';
import { nounPhrases } from '../interviewer/offline/noun-phrases.ts';
import type { NlpToken } from '../interviewer/offline/nlp.ts';

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
  'hand', 'end', 'most', 'lot', 'part',
]);
// Too general to be a topic on their own ("experience"), though fine inside one ("the help desk experience").
const VAGUE_ALONE = new Set(['experience', 'feedback', 'opinion', 'thought', 'feeling', 'use', 'usage', 'process', 'product']);
// Possessives of the people studied read better as "the" in our questions ("their ticket" → "the ticket").
const POSSESSIVE_TO_THE = new Set(['their', 'his', 'her', 'its', 'my', 'your']);
// Verbs a research question puts between its people and its topic, which the tagger often reads as nouns after a
// plural subject ("customers use dashboard", "users export an invoice"): never part of the topic.
const STUDY_VERBS = new Set([
  'use', 'export', 'import', 'find', 'adopt', 'abandon', 'manage', 'try', 'buy', 'pay', 'upgrade', 'cancel', 'stop',
  'need', 'want', 'like', 'choose', 'pick', 'switch', 'visit', 'read', 'open', 'create', 'share', 'invite', 'ignore',
  'skip', 'leave', 'start', 'finish', 'complete', 'set', 'configure', 'install', 'book', 'order', 'renew', 'rate',
]);
// Measures of a thing rather than the thing ("feature adoption" is about the feature).
const MEASURES = new Set(['adoption', 'usage', 'uptake', 'engagement', 'retention', 'conversion', 'satisfaction', 'rate']);

/**
 * The research question's key noun phrase, worded to sit inside a question ("the checkout" from "Why do users
 * abandon the checkout?"): not a group of people, preferring what the question's verb acts on, with "the" before a
 * bare singular noun ("dashboard" → "the dashboard") and never "a"/"an" (a template never has to agree with it).
 */
export function researchTopic(nlp: TextNlp, researchQuestion: string): string | undefined {
  const tokens = nlp.read(researchQuestion).tokens;
  let best: { words: NlpToken[]; score: number } | undefined;
  for (const phrase of nounPhrases(tokens)) {
    const words = topicWords(phrase.tokens);
    if (!words) continue;
    const previous = tokens[phrase.start - 1];
    const object = phrase.before === 'VERB' || (previous !== undefined && STUDY_VERBS.has(previous.lemma.toLowerCase())) || words !== phrase.tokens;
    const nouns = words.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB').length;
    const score = (object ? 3 : phrase.before === 'ADP' ? 1 : 0) + Math.min(2, nouns);
    if (!best || score > best.score) best = { words, score };
  }
  const topic = best ? worded(best.words) : undefined;
  // A topic goes into every question: a run-on "word" (600 letters pasted in) would make them too long to ask.
  return topic && topic.length <= MAX_TOPIC_CHARS ? topic : undefined;
}

/** The longest topic put into questions. */
const MAX_TOPIC_CHARS = 60;

/** The words of a noun phrase that name a topic, or undefined when it names people, time or nothing in particular. */
function topicWords(tokens: NlpToken[]): NlpToken[] | undefined {
  let words = tokens;
  // "use dashboard": a verb read as a noun opens the phrase; "feature adoption": the measure is not the topic.
  const opener = words.findIndex((t) => t.pos !== 'DET' && t.pos !== 'PRON');
  if (opener >= 0 && opener < words.length - 1 && STUDY_VERBS.has(words[opener]!.lemma.toLowerCase())) words = words.slice(opener + 1);
  if (words.length > 1 && MEASURES.has(words.at(-1)!.lemma.toLowerCase())) words = words.slice(0, -1);
  const head = words.at(-1);
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return undefined;
  const lemma = head.lemma.toLowerCase();
  if (PEOPLE.has(lemma) || NOT_TOPICS.has(lemma) || MEASURES.has(lemma)) return undefined;
  if (words.length === 1 && VAGUE_ALONE.has(lemma)) return undefined;
  return words;
}

function worded(tokens: NlpToken[]): string {
  const words = tokens.map((t, i) => {
    if (i === 0 && (POSSESSIVE_TO_THE.has(t.normal) || t.normal === 'a' || t.normal === 'an')) return 'the';
    if (i === 0 && (t.pos === 'DET' || t.pos === 'PRON')) return t.value.toLowerCase();
    if (t.pos === 'NOUN' && /^[A-Z][a-z]+$/.test(t.value)) return t.value.toLowerCase();
    return t.value;
  });
  const deduped = words.filter((w, i) => i === 0 || w.toLowerCase() !== words[i - 1]!.toLowerCase());
  const first = tokens[0]!;
  const head = tokens.at(-1)!;
  const determined = first.pos === 'DET' || first.pos === 'PRON' || POSSESSIVE_TO_THE.has(first.normal);
  // A bare singular noun needs an article to sit in a sentence ("used the dashboard"); mass-like -ing nouns
  // ("client billing"), plurals ("saved reports") and names ("Slack") do not.
  const bareSingular = !determined && head.pos === 'NOUN' && head.normal === head.lemma.toLowerCase() && !/ing$/.test(head.normal);
  return (bareSingular ? ['the', ...deduped] : deduped).join(' ');
}
