/** The longest note kept from one answer (the rolling summary keeps the last dozen: see advance.ts). */
const MAX_NOTE_CHARS = 100;
/** The longest story line kept. */
const MAX_STORY_CHARS = 160;
/** The most coverage claims read from one reply. */
const MAX_CLAIMS = 4;

const LABELS = ['note', 'story', 'covered'];
// A tail label on a line of its own ends the reply. Upper-case "NOTE:" is also taken mid-line (a model that forgot the
// line break); lower-case "note:" only after a line break, so "Just to note: …" in a reply is not cut.
const AFTER_BREAK = new RegExp(`(?:^\\s*|\\n[ \\t]*)(?:${LABELS.join('|')})[ \\t]*:`, 'i');
const INLINE = /(?<![A-Za-z])(?:NOTE|STORY|COVERED)[ \t]*:/;

/** A guide question the model says the participant already answered, with their words. */
export interface CoveredLine {
  questionId: string;
  evidence: string;
}

/** Separates the participant-facing reply from the private tail the model ends its output with (NOTE, STORY, COVERED lines). */
export interface NoteSplitter {
  /** Takes more model output; returns the reply text that can be shown now (a possible label start is held back). */
  push(text: string): string;
  /** The output ended: returns reply text still held back. */
  end(): string;
  /** True once the tail has started. */
  inNote(): boolean;
  /** The note (one line, capped), if the model wrote one. */
  note(): string | undefined;
  /** The story line, if the model wrote one. */
  story(): string | undefined;
  /** The coverage claims, if any. */
  covered(): CoveredLine[];
}

/** Creates a splitter for one reply. */
export function createNoteSplitter(): NoteSplitter {
  let held = '';
  let tail: string | undefined;
  const line = (label: string, max: number): string | undefined => {
    const found = labelled(tail).find((l) => l.label === label)?.text;
    return found ? found.slice(0, max) : undefined;
  };
  return {
    push(text) {
      if (tail !== undefined) {
        tail += text;
        return '';
      }
      held += text;
      const marker = AFTER_BREAK.exec(held) ?? INLINE.exec(held);
      if (marker) {
        const shown = held.slice(0, marker.index);
        tail = held.slice(marker.index).replace(/^\s+/, '');
        held = '';
        return shown;
      }
      const cut = holdFrom(held);
      const shown = held.slice(0, cut);
      held = held.slice(cut);
      return shown;
    },
    end() {
      const rest = held;
      held = '';
      return rest;
    },
    inNote: () => tail !== undefined,
    note: () => line('note', MAX_NOTE_CHARS),
    story: () => line('story', MAX_STORY_CHARS),
    covered() {
      return labelled(tail)
        .filter((l) => l.label === 'covered')
        .map((l) => /^([A-Za-z0-9_-]{1,40})\s*[|:—–-]\s*["“”']?(.+?)["“”']?$/.exec(l.text))
        .filter((m): m is RegExpExecArray => m !== null)
        .slice(0, MAX_CLAIMS)
        .map((m) => ({ questionId: m[1]!, evidence: m[2]!.trim() }));
    },
  };
}

/** Where held-back text must start: a line break or upper-case label prefix at the end may still become a label. */
function holdFrom(held: string): number {
  const lastBreak = held.lastIndexOf('\n');
  if (lastBreak >= 0) {
    const after = held.slice(lastBreak + 1).trimStart().toLowerCase();
    if (LABELS.some((l) => l.startsWith(after.replace(/[ \t]+$/, '')) || after === '')) return lastBreak;
  }
  const inline = /(?<![A-Za-z])(?:N(?:O(?:T(?:E[ \t]*)?)?)?|S(?:T(?:O(?:R(?:Y[ \t]*)?)?)?)?|C(?:O(?:V(?:E(?:R(?:E(?:D[ \t]*)?)?)?)?)?)?)$/.exec(held);
  return inline ? inline.index : held.length;
}

/** The tail's labelled lines: "NOTE: …" → { label: 'note', text: '…' }; lines without a label continue nothing. */
function labelled(tail: string | undefined): { label: string; text: string }[] {
  if (!tail) return [];
  const out: { label: string; text: string }[] = [];
  for (const raw of tail.split(/\n|(?=(?<![A-Za-z])(?:NOTE|STORY|COVERED)[ \t]*:)/)) {
    const m = /^\s*(note|story|covered)[ \t]*:\s*(.*)$/i.exec(raw);
    if (m && m[2]!.trim()) out.push({ label: m[1]!.toLowerCase(), text: m[2]!.replace(/\s+/g, ' ').trim() });
  }
  return out;
}
