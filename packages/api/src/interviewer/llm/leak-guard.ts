import { LlmError } from '../../llm/llm-error.ts';

/** A run of at least this many characters (normalised) copied from the private text counts as a quote: about five words. */
const MIN_QUOTE_CHARS = 24;

// Function words and the usual first words of a reply. A held-back run never starts at one of these, so an ordinary
// reply ("That sounds…", "Thanks for…", "Could you…") streams without waiting; a quote is caught at its first
// content word instead, and at most a few of these small words reach the participant before it is stopped.
const COMMON = new Set(
  (
    'a an the and or but so if then than that this these those there here it its it\'s i i\'m me my we our you your ' +
    'yours he she they them their his her is are was were be been being am do does did done have has had having ' +
    'will would can could should may might must shall not no yes of to in on at by for with from about as into ' +
    'over after before up down out off just also very really too more most some any all each what which who whom ' +
    'whose when where why how thanks thank ok okay sure right well great got sounds sound like let me us one ' +
    'much many again still even only own'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}']+/gu;
const WORD_CHAR = /[\p{L}\p{N}']/u;

/** Watches a reply for text copied from the prompt's private parts (instructions, plan internals, questions to come). */
export interface LeakGuard {
  /** Takes more reply text; returns what may be shown now. Throws an LlmError "leak" once a quote is certain. */
  push(text: string): string;
  /** The reply ended: returns what was held back, unless it is a quote. */
  end(): string;
  /** True when `text` (a note the model wrote, say) contains a quote. */
  quotes(text: string): boolean;
}

/**
 * Creates a guard for one reply. `secret` is what must never be repeated to the participant; `allowed` is what may
 * be, even where it also appears in `secret` (the participant's own words, questions already or now asked).
 * Words that could begin a quote are held back until the run either stops matching (then they are shown) or grows to
 * a quote (then the reply is stopped). Only runs that start at a content word are considered, which keeps ordinary
 * replies flowing with no added delay.
 */
export function createLeakGuard(input: { secret: string[]; allowed: string[] }): LeakGuard {
  const secret = corpus(input.secret);
  const allowed = corpus(input.allowed);
  const isPrivate = (run: string) => secret.includes(` ${run}`) && !allowed.includes(` ${run}`);
  let text = '';
  let shown = 0;

  /** Where, from `shown` on, a run that may be a quote begins (text from there is held back); throws once one is. */
  function holdFrom(final: boolean): number {
    // A word whose first letters were already shown (they looked harmless) is still checked as it grows.
    let first = shown;
    while (first > 0 && WORD_CHAR.test(text[first - 1]!)) first -= 1;
    for (const word of text.slice(first).matchAll(WORD)) {
      const start = first + word.index;
      const complete = final || start + word[0].length < text.length;
      const kind = classify(word[0], complete);
      if (kind === 'common') continue;
      // Could be "in" or "into", "the" or "therapy": wait for the next piece before showing it.
      if (kind === 'unsure') return Math.max(start, shown);
      const run = normalise(text.slice(start)).trimStart();
      if (!isPrivate(run)) continue;
      if (run.trim().length >= MIN_QUOTE_CHARS) throw new LlmError('leak', 'the reply began to quote the private prompt');
      return Math.max(start, shown);
    }
    return text.length;
  }

  return {
    push(piece) {
      text += piece;
      const until = holdFrom(false);
      const out = text.slice(shown, until);
      shown = until;
      return out;
    },
    end() {
      holdFrom(true);
      const out = text.slice(shown);
      shown = text.length;
      return out;
    },
    quotes(candidate) {
      const words = normalise(candidate).trim().split(' ');
      for (let i = 0; i < words.length; i += 1) {
        if (classify(words[i]!, true) === 'common') continue;
        let run = words[i]!;
        for (let j = i + 1; j < words.length && run.length < MIN_QUOTE_CHARS; j += 1) run += ` ${words[j]}`;
        if (run.length >= MIN_QUOTE_CHARS && isPrivate(`${run} `)) return true;
      }
      return false;
    },
  };
}

/** Lower-case words separated by single spaces; apostrophes kept, every other mark a word break. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ');
}

/** The texts as one searchable string, each one bounded so a run never matches across two of them. */
function corpus(texts: string[]): string {
  return ` ${texts.map((t) => normalise(t).trim()).join(' \u0001 ')} `;
}

/** A common word; a word still growing that may yet become one ("int" → "into"); or a content word. */
function classify(word: string, complete: boolean): 'common' | 'unsure' | 'content' {
  const w = word.toLowerCase();
  if (COMMON.has(w)) return 'common';
  if (!complete) for (const c of COMMON) if (c.startsWith(w)) return 'unsure';
  return 'content';
}
