import type { QuestionBackTopic, SpokenLanguage } from '../phrasebook/phrasebook.ts';

/**
 * How one language asks for things, written as regular-expression alternatives over folded text (lower case, no
 * accents, no punctuation but apostrophes). Write them with their accents and apostrophes: compiling drops the
 * accents, makes every apostrophe optional ("dont", "jarrete") and lets ä/ö/ü/ß also match ae/oe/ue/ss.
 * Keep every alternative free of nested quantifiers: messages are read in linear time.
 */
export interface RequestPatterns {
  language: SpokenLanguage;
  /** Words people put before a request ("ok", "sorry", "please"); up to six are skipped. */
  lead: string[];
  /** Words after a request that do not change it ("please", "now", "here", "this question"). */
  tail: string[];
  /** After ", " (or "and"), these start a new sentence to read on its own ("Seriously, I need to go"). */
  splitLeads: string[];
  /** Whole-sentence requests (with lead and tail words): anything else after them makes the sentence an answer. */
  stop: string[];
  timePressure: string[];
  skip: string[];
  clarify: string[];
  /** Asks what a word means; `{x}` is the word, reported as `echoed` ("what's a {x}"). */
  clarifyTerm: string[];
  questionBack: Partial<Record<QuestionBackTopic, string[]>>;
  /** Whole-sentence off-topic requests ("tell me a joke"). */
  offTopic: string[];
  /** The start of a sentence that asks for help with something else, whatever follows ("can you reset …"). */
  offTopicOpen: string[];
  /** Like `offTopicOpen`, only when the sentence is a question ("how do I …?"): as a statement it is usually a story. */
  offTopicAsked: string[];
  /** Found anywhere: attempts to change the interviewer's role or instructions. */
  injection: string[];
  /** The capitalised what-word of an echo ("Got WHAT done?"). */
  echoWord: string;
  /** Plain phrases (not patterns) that carry no content on their own: "no", "idk", "that's all". */
  nonAnswer: string[];
  /** Non-answer phrases that close the topic: "no", "nothing else", "that's all". */
  closes: string[];
  /** Plain phrases dropped from the answer when they only surround a request: "seriously", "sorry", "please". */
  filler: string[];
}

/** Lower-cases and drops accents and punctuation (apostrophes kept inside words), so "¿Qué QUIERES decir?" reads "que quieres decir". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The same text, same length, each letter lower-cased without its accent and curly apostrophes made straight, so
 * positions found in it are positions in the original (used to split sentences on request leads).
 */
export function shadow(text: string): string {
  // No /u flag: non-ASCII characters are taken one UTF-16 unit at a time, so the length cannot change.
  return text.replace(/[A-Z]+|[^\x00-\x7f]/g, (c) => {
    if (c.charCodeAt(0) < 0x80) return c.toLowerCase();
    if (c === '\u2019' || c === '\u2018' || c === '\u02bc') return "'";
    return c.toLowerCase().normalize('NFD')[0] ?? c;
  });
}

/** Turns pattern text written with accents and apostrophes into a source that matches folded text. */
export function source(pattern: string): string {
  return pattern
    .replace(/ä/g, '(?:a|ae)')
    .replace(/ö/g, '(?:o|oe)')
    .replace(/ü/g, '(?:u|ue)')
    .replace(/ß/g, '(?:ss|s)')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/'(?!\?)/g, "'?");
}

// A term captured by `{x}`: one to three words, not starting with a determiner or pronoun (those ask about the
// question as a whole, "what does that mean", or about the world, "what's the weather").
const NOT_A_TERM =
  "(?!(?:the|your|my|this|that|it|its|you|i|we|they|le|la|les|ce|cette|ca|c'est|vous|tu|el|los|las|eso|esto|usted|der|die|das|dies|es|sie|du|ich)(?: |$))";
const TERM = `${NOT_A_TERM}([\\p{L}\\p{N}'-]+(?: [\\p{L}\\p{N}'-]+){0,2}?)`;
const END = "(?![\\p{L}\\p{N}'])";

/** The index of the first capture group of a match that took part in it, or -1. */
export function firstGroup(match: RegExpExecArray | null): number {
  return match ? match.slice(1).findIndex((g) => g !== undefined) : -1;
}

/** Joins patterns into one alternation of sources for folded text; `{x}` becomes a capture group. */
export function alternatives(patterns: readonly string[]): string {
  return patterns.map((p) => source(p).replace('{x}', TERM)).join('|');
}

/** Regular expressions built from every language's patterns, ready to test folded sentences. */
export interface Compiled {
  whole: (patterns: string[]) => RegExp | undefined;
  open: (patterns: string[]) => RegExp | undefined;
  anywhere: (patterns: string[]) => RegExp | undefined;
  /** Like `whole`, one capture group per list (lists are tried in order): `firstGroup` says which one matched. */
  choice: (lists: string[][]) => RegExp;
}

/** Builds the ways a pattern list is matched, sharing the lead and tail words of every language. */
export function compiler(all: readonly RequestPatterns[]): Compiled {
  // Bounded repetitions: even ambiguous lead or tail words ("this", "this one") cannot make matching blow up.
  // Lazy: the fewest lead words first, so the longest request wins ("no comment" is a skip, not "no" + "comment?").
  const lead = `(?:(?:${alternatives(all.flatMap((p) => p.lead))}) ){0,6}?`;
  const tail = `(?: (?:${alternatives(all.flatMap((p) => p.tail))})){0,6}`;
  const build = (patterns: string[], make: (alts: string) => string) =>
    patterns.length ? new RegExp(make(alternatives(patterns)), 'u') : undefined;
  return {
    whole: (patterns) => build(patterns, (alts) => `^${lead}(?:${alts})${tail}$`),
    open: (patterns) => build(patterns, (alts) => `^${lead}(?:${alts})${END}`),
    anywhere: (patterns) => build(patterns, (alts) => `(?<![\\p{L}\\p{N}'])(?:${alts})${END}`),
    choice: (lists) => new RegExp(`^${lead}(?:${lists.map((l) => `(${l.length ? alternatives(l) : '(?!)'})`).join('|')})${tail}$`, 'u'),
  };
}
