import { shadow } from './patterns.ts';

/** A sentence of a message and the parts a request lead splits it into ("Seriously, I need to go" → two parts). */
export interface Sentence {
  text: string;
  parts: string[];
  /** True when the sentence is a question (a "?" or a leading "¿"), which some requests need. */
  asks: boolean;
}

const ENDS = '.!?…';
// Closing marks that may follow a full stop before the next sentence starts: `He said "no." Then…`.
const CLOSERS = `"'”’»)]`;

/**
 * Splits a message on . ! ? … ¿ ¡ and line breaks (a full stop only before a space, so "2.5" and "zendesk.com" stay
 * whole), then each sentence before ", " (or "and", "y", "und"…) followed by a request lead matched by `split`.
 * One linear pass plus one global search per sentence.
 */
export function splitSentences(text: string, split: RegExp): Sentence[] {
  const out: Sentence[] = [];
  const push = (from: number, to: number) => {
    const sentence = text.slice(from, to).trim();
    if (sentence) out.push({ text: sentence, parts: splitParts(sentence, split), asks: /[?¿]/.test(sentence) });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      push(start, i);
      start = i + 1;
    } else if (ch === '¿' || ch === '¡') {
      push(start, i);
      start = i;
    } else if (ENDS.includes(ch)) {
      let end = i + 1;
      while (end < text.length && (ENDS.includes(text[end]!) || CLOSERS.includes(text[end]!))) end++;
      const run = text.slice(i, end);
      const next = text[end];
      if (/[!?…]/.test(run) || next === undefined || /\s/.test(next)) {
        push(start, end);
        start = end;
      }
      i = end - 1;
    }
  }
  push(start, text.length);
  return out;
}

function splitParts(sentence: string, split: RegExp): string[] {
  const folded = shadow(sentence);
  const parts: string[] = [];
  let from = 0;
  split.lastIndex = 0;
  for (let m = split.exec(folded); m; m = split.exec(folded)) {
    if (m[0].length === 0) {
      split.lastIndex++;
      continue;
    }
    parts.push(sentence.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(sentence.slice(from));
  return parts.map(clean).filter((p) => p !== '');
}

/** A part without the commas, dashes and spaces left at its edges by splitting. */
export function clean(part: string): string {
  return part.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
}
