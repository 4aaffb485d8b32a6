import type { ReadText, TextNlp } from './nlp.ts';

/** Texts remembered: one turn reads the same answer in several places (requests, coverage, follow-ups), and many interviews run at once. */
const REMEMBERED = 256;

/** Wraps a pipeline so the same text read twice in a row of turns is tagged once. Results are shared: never mutate them. */
export function cachedNlp(nlp: TextNlp): TextNlp {
  const recent = new Map<string, ReadText>();
  return {
    read(text) {
      const hit = recent.get(text);
      if (hit) return hit;
      const read = nlp.read(text);
      if (recent.size >= REMEMBERED) recent.delete(recent.keys().next().value!);
      recent.set(text, read);
      return read;
    },
  };
}
