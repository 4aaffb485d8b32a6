import type { QuestionBackTopic, SpokenLanguage } from '../phrasebook/phrasebook.ts';
import { alternatives, compiler, firstGroup, fold, type RequestPatterns } from './patterns.ts';
import { EN } from './patterns-en.ts';
import { FR } from './patterns-fr.ts';
import { ES } from './patterns-es.ts';
import { DE } from './patterns-de.ts';
import { splitSentences, clean } from './sentences.ts';
import { coverOf, phraseSet, wordsOf } from './non-answer.ts';
import { detectLanguage } from './detect-language.ts';

/** Something a participant asks of the interview rather than an answer to its question. */
export type RequestKind = 'stop' | 'skip' | 'clarify' | 'time_pressure' | 'question_back' | 'off_topic';

/** What a participant's message asks for, and what is left of it as an answer. */
export interface MessageReading {
  /** Requests found anywhere in the message, most important first (stop, time_pressure, skip, clarify, question_back, off_topic). */
  requests: RequestKind[];
  /** What a question back asks about, when there is one. */
  questionBack?: QuestionBackTopic;
  /** The message with request sentences (and their filler) removed: the part that answers the question; '' when nothing does. */
  answer: string;
  /** True when `answer` carries no content ("no", "idk", "that's all", "ok", emoji, punctuation…), or is ''. */
  nonAnswer: boolean;
  /** True when the participant closes the topic: "no", "nothing else", "that's all", "nothing more to add". */
  closesTopic: boolean;
  /** The word they did not follow: echoed back ("Got WHAT done?" → "got done") or asked about ("what's a workflow?" → "workflow"). */
  echoed?: string;
  /** The language the message is written in, when it can tell; undefined for very short or mixed text. */
  language: SpokenLanguage | undefined;
  /** True when the message tries to change the interviewer's role or instructions (always read as off_topic too). */
  injection: boolean;
}

const ORDER: readonly RequestKind[] = ['stop', 'time_pressure', 'skip', 'clarify', 'question_back', 'off_topic'];
const LANGUAGES: readonly RequestPatterns[] = [EN, FR, ES, DE];
const TOPICS: readonly QuestionBackTopic[] = ['why', 'who_reads', 'ai', 'who_are_you', 'how_long', 'privacy', 'other'];

// Compiled once, every language in one expression per request (fewer, larger expressions read a message faster).
// Constant and without the /g flag, so sharing them between interviews is safe (SPLIT's lastIndex is reset before use).
const build = compiler(LANGUAGES);
const all = (pick: (p: RequestPatterns) => string[] | undefined) => LANGUAGES.flatMap((p) => pick(p) ?? []);
const KINDS: RequestKind[] = ['stop', 'time_pressure', 'skip', 'clarify'];
const BY_KIND = build.choice([all((p) => p.stop), all((p) => p.timePressure), all((p) => p.skip), all((p) => p.clarify)]);
const CLARIFY_TERM = build.whole(all((p) => p.clarifyTerm));
const QUESTION_BACK = build.choice(TOPICS.map((t) => all((p) => p.questionBack[t])));
const OFF_TOPIC = [build.whole(all((p) => p.offTopic)), build.open(all((p) => p.offTopicOpen))];
const OFF_TOPIC_ASKED = build.open(all((p) => p.offTopicAsked));
const INJECTION = build.anywhere(all((p) => p.injection));
// Stop requests unambiguous enough to count wherever they sit in a sentence ("please stop asking me questions now, I have a call").
const STOP_ANYWHERE = /\b(?:stop asking (?:me )?(?:any ?more |more |these |your )?questions|i (?:need|have|got) to go now|no more questions)\b/;
// A whole-sentence request is a few words with their lead and tail: a longer sentence is an answer (or an
// injection attempt, searched in full), and open patterns only need its start.
const REQUEST_MAX = 300;
const SPLIT_LEADS = alternatives(LANGUAGES.flatMap((p) => p.splitLeads));
const CONJUNCTION = '(?:and|but|so|then|et|mais|donc|alors|y|pero|asi que|und|aber|also|or|ou|o|oder)';
const AHEAD = `(?=(?:${SPLIT_LEADS})(?![\\p{L}\\p{N}']))`;
const SPLIT = new RegExp(`(?:[,;:]|\\s[-–—])\\s+(?:${CONJUNCTION}\\s+)?${AHEAD}|\\s+${CONJUNCTION}\\s+${AHEAD}`, 'gu');
const NON_ANSWER = phraseSet(LANGUAGES.flatMap((p) => [...p.nonAnswer, ...p.filler]), LANGUAGES.flatMap((p) => p.closes));
const FILLER = phraseSet(LANGUAGES.flatMap((p) => p.filler));
const ECHO_WORDS = new Set(LANGUAGES.map((p) => p.echoWord).concat(['QUE']));
// A bare "what?", "why?", "huh?" (in any of the four languages), which may just be an exclamation.
const WEAK = /^(?:(?:so|and|but|wait|sorry|oh|um|uh|et|mais|y|pero|und|aber) )?(?:what|why|huh|eh|quoi|pourquoi|comment|hein|que|como|por que|was|warum|wieso|ha|hah|pardon|what now)$/;
// Words around an echoed what-word that say nothing about what was not followed ("tell me about WHAT?").
const NOT_ECHOED = new Set(['tell', 'me', 'about', 'you', 'the', 'a', 'an', 'by', 'mean', 'sorry', 'your', 'said', 'say', 'de', 'la', 'le', 'el', 'das', 'die', 'der']);

interface PartReading {
  kind: RequestKind;
  topic?: QuestionBackTopic;
  echoed?: string;
  injection?: boolean;
  /** A bare "what?" or "why?": a request only when nothing else in the message answers. */
  weak?: boolean;
}

/** Reads a participant message sentence by sentence for requests (en/fr/es/de) and what is left as an answer. */
export function readMessage(text: string): MessageReading {
  // A message that repeats itself is read once per distinct part.
  const seen = new Map<string, PartReading | undefined>();
  const read = (part: string, asks: boolean) => {
    const key = `${asks}${part}`;
    if (!seen.has(key)) seen.set(key, readPart(part, asks));
    return seen.get(key);
  };
  // In message order: a sentence that asks for nothing stays whole, one with a request is kept part by part.
  const pieces: { text: string; reading?: PartReading | undefined }[] = [];
  // Composed accents, so request leads are found by position in the sentence ("arre\u0301te" is "arrête").
  for (const sentence of splitSentences(text.normalize('NFC'), SPLIT)) {
    const readings = sentence.parts.map((part) => read(part, sentence.asks));
    if (readings.every((r) => r === undefined)) pieces.push({ text: sentence.text });
    else readings.forEach((reading, i) => pieces.push({ text: sentence.parts[i]!, reading }));
  }
  // "Why? Because the price doubled", "What?! They charged me twice": a bare what or why before an answer exclaims.
  if (pieces.some((p) => !p.reading && !coverOf(wordsOf(p.text), NON_ANSWER).covered)) {
    for (const p of pieces) if (p.reading?.weak) p.reading = undefined;
  }
  const readings = pieces.flatMap((p) => (p.reading ? [p.reading] : []));
  // The filler around a request ("Seriously, …", "Sorry.") goes with it; a plain message is kept as written.
  const answer = readings.length === 0 ? text.trim() : pieces.filter((p) => !p.reading && !coverOf(wordsOf(p.text), FILLER).covered).map((p) => clean(p.text)).join(' ');
  const cover = coverOf(wordsOf(answer), NON_ANSWER);
  const questionBack = readings.find((r) => r.topic)?.topic;
  const echoed = readings.find((r) => r.echoed)?.echoed;
  return {
    requests: ORDER.filter((k) => readings.some((r) => r.kind === k)),
    ...(questionBack ? { questionBack } : {}),
    answer,
    nonAnswer: answer === '' || cover.covered,
    closesTopic: answer !== '' && cover.covered && cover.closes,
    ...(echoed ? { echoed } : {}),
    language: detectLanguage(text),
    injection: readings.some((r) => r.injection),
  };
}

function readPart(part: string, asks: boolean): PartReading | undefined {
  const folded = fold(part);
  if (folded === '') return undefined;
  // "Sorry, I need to go": an apology or a "please" on its own asks for nothing ("Pardon?" does: it is a question).
  if (!asks && coverOf(wordsOf(part), FILLER).covered) return undefined;
  if (INJECTION?.test(folded)) return { kind: 'off_topic', injection: true };
  if (STOP_ANYWHERE.test(folded)) return { kind: 'stop' };
  const head = folded.length > REQUEST_MAX ? folded.slice(0, folded.lastIndexOf(' ', REQUEST_MAX)) : folded;
  if (head !== folded) return OFF_TOPIC[1]?.test(head) || (asks && OFF_TOPIC_ASKED?.test(head)) ? { kind: 'off_topic' } : undefined;
  const weak = WEAK.test(folded) ? { weak: true } : {};
  const kind = KINDS[firstGroup(BY_KIND.exec(folded))];
  if (kind) return { kind, ...weak };
  // One capture group per alternative: the term is in whichever one matched.
  const term = CLARIFY_TERM?.exec(folded)?.slice(1).find((g) => g !== undefined);
  if (term !== undefined) return { kind: 'clarify', echoed: term };
  const topic = TOPICS[firstGroup(QUESTION_BACK.exec(folded))];
  if (topic) return { kind: 'question_back', topic, ...weak };
  if (OFF_TOPIC.some((re) => re?.test(folded)) || (asks && OFF_TOPIC_ASKED?.test(folded))) return { kind: 'off_topic' };
  const echo = asks ? echoOf(part) : undefined;
  return echo && { kind: 'clarify', ...(echo.words ? { echoed: echo.words } : {}), ...(echo.capitals ? {} : { weak: true }) };
}

/**
 * A short question that echoes the interviewer's words around a what-word: "Got WHAT done?" (in capitals, in any of
 * the four languages) or "You did what?" / "Fait quoi ?". Gives the echoed words ('' when they say nothing).
 */
function echoOf(part: string): { words: string; capitals: boolean } | undefined {
  const words = part.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (words.length < 2 || words.length > 8) return undefined;
  let at = words.findIndex((w) => ECHO_WORDS.has(w.normalize('NFC')));
  // Capitals only count as emphasis in a sentence that is not all capitals.
  if (at >= 0 && !/\p{Ll}/u.test(part)) at = -1;
  const capitals = at >= 0;
  const lower = words.join(' ').toLowerCase();
  if (!capitals && words.length <= 4 && /(?:^| )(?:what|quoi)$/.test(lower) && !/^(?:so|and|but|or|then|now|guess|you know|et|alors|mais|ou) /.test(lower)) {
    at = words.length - 1;
  }
  if (at < 0) return undefined;
  return { words: words.filter((w, i) => i !== at && !NOT_ECHOED.has(w.toLowerCase())).join(' ').toLowerCase(), capitals };
}
