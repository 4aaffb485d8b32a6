/** A sentence of a turn, exactly as written, with where it starts. */
export interface SentenceSpan {
  text: string;
  start: number;
}

// A sentence ends at . ! ? or … (possibly repeated, possibly followed by a closing quote or bracket) before
// whitespace, or at a line break. Abbreviations such as "e.g." can split a sentence; a quote is then shorter, not wrong.
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s)|\n+/g;

/** Splits text into verbatim sentences, so that every quote is an exact span of what the participant wrote. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ text: trimmed, start: from + lead });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    push(end);
    from = end;
  }
  push(text.length);
  return spans;
}
