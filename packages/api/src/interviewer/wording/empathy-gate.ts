import type { Phrasebook } from '../phrasebook/phrasebook.ts';

/** Passes a strategy's reply through, making sure it opens with empathy when the participant is upset. */
export interface EmpathyGate {
  /** Takes the next piece of the reply; returns what can be shown now. */
  push(piece: string): string;
  /** Returns what is still held when the reply ends. */
  end(): string;
}

// Empathy as any model might word it, in the languages the phrasebooks speak.
const EMPATHY = /\b(?:sorry|apologi[sz]e|sounds|frustrat\w*|difficult|stressful|upsetting|must have been|understand(?:able)?|désolée?|regrette|comprends|difficile|pénible|frustrant|siento|lamento|entiendo|difícil|frustrante|tut mir leid|bedauere|verstehe|schwierig|ärgerlich|frustrierend)\b/iu;
// A first sentence that only thanks or notes: said to someone upset, it reads as not listening.
const STOCK = /^(?:(?:thanks?|thank you|got it|understood|okay|ok|alright|noted|i see|great|perfect|merci|d['’]accord|entendu|gracias|vale|entendido|danke|verstanden|alles klar|in ordnung)\b[^?]*)$/iu;
const SENTENCE_END = /[.!?…](?:\s|$)/u;

/**
 * An empathy gate for a turn whose answer voices distress: the reply's first sentence is held until it is whole; an
 * empathetic one passes, a stock "Thanks for explaining." is replaced by the phrasebook's empathy, anything else
 * (a quote, the question) gets the empathy line before it. With `needed` false it passes everything at once.
 */
export function createEmpathyGate(needed: boolean, empathy: string): EmpathyGate {
  let held = '';
  let decided = !needed;
  const decide = (first: string): string => {
    decided = true;
    const sentence = first.trim();
    if (EMPATHY.test(sentence) || sentence === '') return first;
    if (STOCK.test(sentence.replace(/[.!…]+$/u, '')) && sentence.split(/\s+/).length <= 6) return empathy;
    return `${empathy} ${first.trimStart()}`;
  };
  return {
    push(piece) {
      if (decided) return piece;
      held += piece;
      const end = SENTENCE_END.exec(held);
      if (!end) return '';
      const cut = end.index + 1;
      const out = decide(held.slice(0, cut)) + held.slice(cut);
      held = '';
      return out;
    },
    end() {
      if (decided) return '';
      const out = decide(held);
      held = '';
      return out;
    },
  };
}

/** The phrasebook's first empathy line not said in the recent replies. */
export function empathyLine(book: Phrasebook, previousReplies: string, seed: number): string {
  const options = book.acknowledgements.empathy;
  const start = seed % options.length;
  const rotated = [...options.slice(start), ...options.slice(0, start)];
  return rotated.find((o) => !previousReplies.includes(o)) ?? rotated[0]!;
}
