/** Keeps a strategy's reply to the questions its move may ask, as it streams. */
export interface QuestionGuard {
  /** Takes more reply text; returns what may be shown now. */
  push(text: string): string;
  /** The reply ended: returns what was held back and may be shown. */
  end(): string;
  /** True once the shown text asked a question. */
  asked(): boolean;
}

// A sentence ends at . ! ? … (with closing quotes or brackets after it) followed by a space or the end.
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s|$)/;

/**
 * Creates a guard. `one`: the reply may ask one question; everything after its question mark is dropped (a second
 * question never reaches the participant). `none`: the reply may ask nothing (an acknowledgement before the guide's
 * own question, a thank-you): each sentence is held until it ends, and sentences that ask are dropped.
 */
export function guardQuestions(mode: 'one' | 'none'): QuestionGuard {
  let held = '';
  let done = false;
  let asked = false;
  return {
    push(text) {
      if (done) return '';
      if (mode === 'one') {
        const at = text.indexOf('?');
        if (at < 0) return text;
        done = true;
        asked = true;
        const close = /^["'”’»)\]]*/.exec(text.slice(at + 1))![0];
        return text.slice(0, at + 1 + close.length);
      }
      held += text;
      let out = '';
      for (;;) {
        const end = SENTENCE_END.exec(held);
        if (!end) break;
        const cut = end.index + end[0].length;
        const sentence = held.slice(0, cut);
        held = held.slice(cut);
        if (!sentence.includes('?')) out += sentence;
      }
      return out;
    },
    end() {
      const rest = held;
      held = '';
      if (done || mode === 'one') return '';
      return rest.includes('?') ? '' : rest;
    },
    asked: () => asked,
  };
}
