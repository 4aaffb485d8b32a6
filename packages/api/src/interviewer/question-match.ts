import type { TextNlp } from './offline/nlp.ts';
import type { GuideQuestion } from './state.ts';

/** How far an answer already answers a guide question. */
export interface QuestionMatch {
  level: 'full' | 'partial' | 'none';
  /** The sentence of the answer that covers it. */
  evidence?: string;
  /** The participant's word that the question can build on ("chat"). */
  phrase?: string;
  /** True when an answer the question's slot takes covered it ("chat" for a channel question). */
  slot?: boolean;
}

/** Judges answers against guide questions by meaning: shared content words, and the answers a question's slot takes. */
export interface QuestionMatcher {
  /** How far `answer` covers `question` (the question's intent, or its own words when it has none). */
  covers(question: GuideQuestion, answer: string, guide?: readonly GuideQuestion[]): QuestionMatch;
  /** True when an interviewer sentence asks what `question` asks (a follow-up that asked an upcoming question). */
  asks(question: GuideQuestion, sentence: string): boolean;
  /** How much an answer relates to a question, 0 when not at all; used to pick the next question from the pool. */
  relevance(question: GuideQuestion, answer: string, guide?: readonly GuideQuestion[]): number;
}

// Words every question and answer use: they say nothing about which question an answer covers.
const GENERIC = new Set(
  ('tell walk describe happen think feel experience time thing way do get make go use last recent most share anything ' +
    'else help know like want need side part lot bit kind sort start day week month year people someone something ' +
    'moment example reason point first next look say see try work able much many whole learn understand situation ' +
    'recently today earlier later case question answer mind own come take give keep put').split(' '),
);

// What a question about one of these asks for, so "I opened a chat" answers "Which channel did you use?".
const SLOTS: Record<string, string[]> = {
  channel: ['chat', 'email', 'e-mail', 'mail', 'phone', 'call', 'called', 'teléfono', 'telefono', 'llamé', 'llamar', 'llamada', 'correo', 'téléphone', 'appelé', 'appeler', 'courriel', 'telefon', 'angerufen', 'anrufen', 'anruf', 'ticket', 'twitter', 'whatsapp', 'messenger', 'livechat', 'portal', 'forum', 'sms'],
  price: ['price', 'cost', 'expensive', 'cheap', 'pay', 'paid', 'dollar', 'euro', 'budget', 'afford', 'pricing', 'subscription', 'fee'],
  alternative: ['competitor', 'alternative', 'switch', 'switched', 'instead', 'other tool', 'spreadsheet', 'excel', 'replace', 'replacing', 'our current', 'my current', 'costs nothing', 'free one', 'free tool'],
  // How things ended up, for "Where did the issue stand when…": the answer says so without the question's words.
  outcome: ['in the end', 'ended up', 'eventually', 'never fixed', 'never solved', 'still open', 'still broken', 'still waiting', 'gave up', 'fixed it myself', 'refunded', 'al final', 'au final', 'finalement', 'am ende', 'schließlich'],
  decide: ['boss', 'manager', 'team', 'cfo', 'ceo', 'founder', 'partner', 'decided', 'decide', 'approval', 'approve', 'procurement', 'myself'],
  // Durations, not calendar words: "every day" says nothing about how long something took.
  long: ['minutes', 'hours', 'days', 'weeks', 'months', 'an hour', 'a day', 'a week', 'a month', 'same day', 'instantly', 'immediately'],
};
const SLOT_OF: Record<string, string> = {
  channel: 'channel', canal: 'channel', medio: 'channel', kanal: 'channel', contact: 'channel', reach: 'channel', medium: 'channel', price: 'price', pricing: 'price', cost: 'price',
  pay: 'price', alternative: 'alternative', competitor: 'alternative', option: 'alternative', decide: 'decide',
  decision: 'decide', approve: 'decide', long: 'long', duration: 'long', stand: 'outcome', outcome: 'outcome', result: 'outcome', resultado: 'outcome', quedó: 'outcome', résultat: 'outcome', ergebnis: 'outcome',
};
// Looked up by key, which cuts long words ("decision" → "decisio").
const SLOT_BY_KEY = new Map(Object.entries(SLOT_OF).map(([word, slot]) => [keyOf(word), slot]));
const ENDED = new Set(['expire', 'finish', 'lapse', 'end']);
// Nouns of set phrases ("in the end", "at the time"): never a thing to build a question on.
const IDIOMS = new Set(['end', 'time', 'way', 'course', 'moment', 'point', 'least', 'all']);
// The participant's "my"/"our" is the interviewer's "your".
const REFLECT: Record<string, string> = { my: 'your', our: 'your', this: 'that' };

/** The noun phrase a noun heads, as the interviewer would say it back ("our spreadsheet" → "your spreadsheet"). */
function phraseAt(tokens: readonly { value: string; normal: string; pos: string }[], at: number): string {
  let start = at;
  while (start > 0 && at - start < 3 && ['ADJ', 'NOUN', 'DET', 'PRON'].includes(tokens[start - 1]!.pos)) {
    start -= 1;
    if (tokens[start]!.pos === 'DET' || tokens[start]!.pos === 'PRON') break;
  }
  const words = tokens.slice(start, at + 1).map((t, i) => (i === 0 && REFLECT[t.normal] ? REFLECT[t.normal]! : i === 0 && (t.pos === 'DET' || t.pos === 'PRON') ? t.normal : t.value));
  if (tokens[start]!.pos === 'PRON' && !REFLECT[tokens[start]!.normal]) words.shift();
  return words.join(' ');
}

/** A cue word shared by this many guide questions is the study's topic, not what tells questions apart. */
const COMMON_IN_GUIDE = 3;

/** Creates a matcher over one NLP pipeline (English lemmas; other languages fall back to word prefixes). */
export function createQuestionMatcher(nlp: TextNlp): QuestionMatcher {
  const cueCache = new Map<string, { cues: Set<string>; slotValues: string[] }>();
  // The same answer is matched against every question still to come: read it once.
  const recent = new Map<string, { key: string; word: string; sentence: number; noun: boolean }[]>();
  const keysOf = (text: string): { key: string; word: string; sentence: number; noun: boolean }[] => {
    let keys = recent.get(text);
    if (!keys) {
      keys = readKeys(text);
      if (recent.size >= 16) recent.delete(recent.keys().next().value!);
      recent.set(text, keys);
    }
    return keys;
  };
  const readKeys = (text: string): { key: string; word: string; sentence: number; noun: boolean }[] => {
    const tokens = nlp.read(text).tokens;
    const keys: { key: string; word: string; sentence: number; noun: boolean }[] = [];
    tokens.forEach((t, i) => {
      if (!(t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NUM') || t.stopWord) return;
      const noun = t.pos === 'NOUN' || t.pos === 'PROPN';
      // "ran out", "expired": ways of saying something ended.
      const lemma = (t.lemma === 'run' && tokens[i + 1]?.normal === 'out') || ENDED.has(t.lemma) ? 'end' : t.lemma;
      const key = keyOf(lemma);
      if (key.length > 2 && !GENERIC.has(key)) keys.push({ key, word: noun ? phraseAt(tokens, i) : t.value, sentence: t.sentence, noun });
    });
    return keys;
  };

  // Per guide (the same array is passed for every question of a turn): which cue words are the study's topic (in
  // many questions: no evidence for any one of them), and which belong to one question only (enough to build on).
  const guideCache = new WeakMap<readonly GuideQuestion[], { common: Set<string>; counts: Map<string, number>; sets: Map<string, { distinct: Set<string>; unique: Set<string> }> }>();
  const guideWords = (guide: readonly GuideQuestion[] | undefined) => {
    if (!guide) return { common: new Set<string>(), counts: new Map<string, number>(), sets: new Map<string, { distinct: Set<string>; unique: Set<string> }>() };
    let found = guideCache.get(guide);
    if (!found) {
      const counts = new Map<string, number>();
      for (const q of guide) for (const c of cuesOf(q).cues) counts.set(c, (counts.get(c) ?? 0) + 1);
      const common = guide.length < COMMON_IN_GUIDE ? new Set<string>() : new Set([...counts].filter(([, n]) => n >= COMMON_IN_GUIDE).map(([c]) => c));
      found = { common, counts, sets: new Map() };
      guideCache.set(guide, found);
    }
    return found;
  };
  // A question's distinctive cues and those no other question shares, worked out once per guide.
  const setsOf = (q: GuideQuestion, guide: readonly GuideQuestion[] | undefined) => {
    const words = guideWords(guide);
    let sets = words.sets.get(q.id);
    if (!sets) {
      const { cues } = cuesOf(q);
      const own = [...cues].filter((c) => !words.common.has(c));
      sets = { distinct: new Set(own.length > 0 ? own : cues), unique: new Set([...cues].filter((c) => (words.counts.get(c) ?? 1) <= 1)) };
      if (guide) words.sets.set(q.id, sets);
    }
    return sets;
  };
  const uniqueTo = (q: GuideQuestion, guide: readonly GuideQuestion[] | undefined): Set<string> => setsOf(q, guide).unique;
  const distinctive = (q: GuideQuestion, guide: readonly GuideQuestion[] | undefined): Set<string> => setsOf(q, guide).distinct;
  // The answer as slot values are looked up in, and its sentences: once per answer, not once per question.
  let lastAnswer: { text: string; lower: string; sentences: string[] } | undefined;
  const answerText = (answer: string) => {
    if (lastAnswer?.text !== answer) {
      lastAnswer = { text: answer, lower: ` ${answer.toLowerCase().replace(/[^\p{L}\p{N}$€£ -]+/gu, ' ')} `, sentences: answer.split(/(?<=[.!?])\s+/) };
    }
    return lastAnswer;
  };

  function cuesOf(q: GuideQuestion) {
    const cacheKey = q.intent ? `${q.text}\u0000${q.intent}` : q.text;
    let found = cueCache.get(cacheKey);
    if (!found) {
      const source = q.intent && q.intent.trim() ? `${q.intent} ${q.text}` : q.text;
      const cues = new Set(keysOf(source).map((k) => k.key));
      const listed = /\(([^)]{3,200})\)/.exec(q.intent ?? '')?.[1]?.split(/,|\bor\b|\/|;/).map((s) => s.trim().toLowerCase()).filter(Boolean) ?? [];
      // A slot comes from what the question and its intent ask about ("Which channel…"), not from the examples listed
      // in brackets ("(contacts, repeating themselves…)"), which are matched as they are.
      const slots = keysOf(source.replace(/\([^)]*\)/g, ' ')).map((k) => k.key).flatMap((c) => SLOTS[SLOT_BY_KEY.get(c) ?? ''] ?? []);
      if (/\bhow long\b/i.test(source)) slots.push(...SLOTS.long!);
      found = { cues, slotValues: [...new Set([...listed, ...slots])] };
      if (cueCache.size > 512) cueCache.clear();
      cueCache.set(cacheKey, found);
    }
    return found;
  }

  return {
    covers(question, answer, guide) {
      const { slotValues } = cuesOf(question);
      const cues = distinctive(question, guide);
      const { lower, sentences } = answerText(answer);
      const slotHit = slotValues.find((v) => lower.includes(` ${v} `) || (v.length > 3 && lower.includes(` ${v}`)));
      const keys = keysOf(answer);
      const matched = keys.filter((k) => cues.has(k.key));
      const distinct = new Set(matched.map((k) => k.key));
      const sentenceWith = (word: string) => sentences.find((s) => s.toLowerCase().includes(word.toLowerCase())) ?? answer;
      if (slotHit) return { level: 'full', evidence: sentenceWith(slotHit.trim()), phrase: slotHit.trim(), slot: true };
      if (distinct.size >= 2 && distinct.size / Math.max(1, cues.size) >= 0.5) {
        return { level: 'full', evidence: sentenceWith(matched[0]!.word), phrase: matched[0]!.word };
      }
      const own = uniqueTo(question, guide);
      // Only a thing they named is worth building a question on ("the export"), not a verb of theirs.
      const hook = matched.find((k) => own.has(k.key) && k.noun && !IDIOMS.has(k.key));
      if (hook) return { level: 'partial', evidence: sentenceWith(hook.word), phrase: hook.word };
      return { level: 'none' };
    },
    asks(question, sentence) {
      const { cues } = cuesOf(question);
      if (cues.size === 0) return false;
      const keys = new Set(keysOf(sentence).map((k) => k.key));
      const shared = [...cues].filter((c) => keys.has(c)).length;
      return shared >= Math.min(2, cues.size) && shared / cues.size >= 0.6;
    },
    relevance(question, answer, guide) {
      const { slotValues } = cuesOf(question);
      const cues = distinctive(question, guide);
      const keys = new Set(keysOf(answer).map((k) => k.key));
      const lower = answer.toLowerCase();
      return [...cues].filter((c) => keys.has(c)).length + (slotValues.some((v) => lower.includes(v)) ? 1 : 0);
    },
  };
}

/** A comparable key for a lemma: lower-case, and cut to a prefix for long words so "emailed"/"emails" meet across tagger slips. */
function keyOf(lemma: string): string {
  const l = lemma.toLowerCase();
  return l.length > 7 ? l.slice(0, 7) : l;
}
