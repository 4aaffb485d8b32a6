/** The longest note kept from one answer (the rolling summary keeps the last dozen: see advance.ts). */
const MAX_NOTE_CHARS = 100;

// "NOTE:" on a line of its own ends the reply. Upper-case "NOTE:" is also taken mid-line (a model that forgot the
// line break); lower-case "note:" is only taken after a line break, so "Just to note: …" in a reply is not cut.
const AFTER_BREAK = /(?:^\s*|\n[ \t]*)note[ \t]*:/i;
const INLINE = /(?<![A-Za-z])NOTE[ \t]*:/;
const BREAK_PREFIX = /\n[ \t]*(?:n(?:o(?:t(?:e[ \t]*)?)?)?)?$/i;
const INLINE_PREFIX = /(?<![A-Za-z])N(?:O(?:T(?:E[ \t]*)?)?)?$/;

/** Separates the participant-facing reply from the note line the model ends its output with, as the output streams. */
export interface NoteSplitter {
  /** Takes more model output; returns the reply text that can be shown now (a possible "NOTE:" start is held back). */
  push(text: string): string;
  /** The output ended: returns reply text still held back. */
  end(): string;
  /** True once the note line has started. */
  inNote(): boolean;
  /** The note (one line, capped), if the model wrote one. */
  note(): string | undefined;
}

/** Creates a splitter for one reply. */
export function createNoteSplitter(): NoteSplitter {
  let held = '';
  let note: string | undefined;
  return {
    push(text) {
      if (note !== undefined) {
        note += text;
        return '';
      }
      held += text;
      const marker = AFTER_BREAK.exec(held) ?? INLINE.exec(held);
      if (marker) {
        const shown = held.slice(0, marker.index);
        note = held.slice(marker.index + marker[0].length);
        held = '';
        return shown;
      }
      const hold = BREAK_PREFIX.exec(held) ?? INLINE_PREFIX.exec(held);
      const cut = hold ? hold.index : held.length;
      const shown = held.slice(0, cut);
      held = held.slice(cut);
      return shown;
    },
    end() {
      const rest = held;
      held = '';
      return rest;
    },
    inNote: () => note !== undefined,
    note() {
      const line = note?.split('\n').find((l) => l.trim() !== '')?.replace(/\s+/g, ' ').trim();
      return line ? line.slice(0, MAX_NOTE_CHARS) : undefined;
    },
  };
}
