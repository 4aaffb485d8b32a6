/** The longest run taken for an HTML tag; a "<" that opens nothing closed by then is dropped on its own. */
const MAX_TAG_CHARS = 200;

/** Turns streamed model text into plain text, piece by piece: no markdown, no HTML, one paragraph. */
export interface PlainTextFilter {
  push(text: string): string;
  end(): string;
}

/**
 * Creates a filter for one reply. The widget shows text as text, but a reply is also stored, exported and read in
 * transcripts, so markup never gets in: HTML tags are removed; markdown emphasis, code, heading, quote and list
 * markers are dropped; line breaks become spaces. What may be markup but is not known yet (a "<", a "_", a number
 * at the start of a line) is held back until the next character tells.
 */
export function createPlainTextFilter(): PlainTextFilter {
  let tag: string | undefined; // inside "<…" not yet closed
  let held = ''; // "<", "_", or a possible list number ("12", "12.") waiting for the next character
  let lineStart = true; // at the start of a line: list, heading and quote markers are dropped here
  let space = false; // a break or space waits to be written before the next visible character
  let started = false; // nothing visible was written yet: leading space is dropped
  let previous = ''; // the last visible character written
  let out: string[] = [];

  const write = (ch: string) => {
    if (space && started) out.push(' ');
    space = false;
    started = true;
    lineStart = false;
    previous = ch;
    out.push(ch);
  };

  /** Settles what was held back, now that `next` (undefined at the end) is known; true when `next` was used up. */
  function settle(next: string | undefined): boolean {
    const h = held;
    held = '';
    if (h === '<') {
      if (next !== undefined && /[A-Za-z/!?]/.test(next)) {
        tag = '';
        return true;
      }
      write('<');
      return false;
    }
    if (h === '_') {
      if (next === '_') return true; // "__": bold markers
      if (next !== undefined && !space && /[\p{L}\p{N}]/u.test(previous) && /[\p{L}\p{N}]/u.test(next)) write('_'); // snake_case
      return false; // "_italic_": dropped
    }
    // A possible list number at the start of a line.
    if (next !== undefined && /\d/.test(next) && /^\d{1,2}$/.test(h)) {
      held = h + next;
      return true;
    }
    if (next !== undefined && (next === '.' || next === ')') && /^\d{1,3}$/.test(h)) {
      held = h + next;
      return true;
    }
    if (next !== undefined && /\s/.test(next) && /^\d{1,3}[.)]$/.test(h)) return false; // "2. ": a list marker, dropped
    for (const ch of h) write(ch);
    return false;
  }

  function take(ch: string) {
    if (held && settle(ch)) return;
    if (tag !== undefined) {
      if (ch === '>') tag = undefined;
      else if ((tag += ch).length > MAX_TAG_CHARS) tag = undefined;
      return;
    }
    if (ch === '<' || ch === '_') {
      held = ch;
      return;
    }
    if (ch === '\n' || ch === '\r') {
      lineStart = true;
      space = true;
      return;
    }
    if (/\s/.test(ch)) {
      space = true;
      return;
    }
    if (ch === '*' || ch === '`' || ch === '~' || ch === '[' || ch === ']' || /[\u0000-\u001f\u007f]/.test(ch)) return;
    if (lineStart && (ch === '#' || ch === '>' || ch === '-' || ch === '•' || ch === '+')) return;
    if (lineStart && /\d/.test(ch)) {
      held = ch;
      return;
    }
    write(ch);
  }

  return {
    push(text) {
      out = [];
      for (const ch of text) take(ch);
      return out.join('');
    },
    end() {
      out = [];
      if (held) settle(undefined);
      tag = undefined; // an unclosed tag is dropped
      return out.join('');
    },
  };
}
