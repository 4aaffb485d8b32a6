import { rotated } from './variety.ts';

const SIMPLER = ['Sorry, let me put that more simply:', 'Let me put that another way:', 'Sorry, that was a long one. Put simply:'];
const CLEARER = ['Sorry, I could have been clearer — I’m only after your own experience, so', 'Let me rephrase — there’s no right or wrong answer, so'];
// Where a question's main ask ends and its extras begin ("Which channel did you use — chat, email…").
const CLAUSE_BREAK = /\s+[—–]\s+|;\s+|,\s+(?:and|including|if|or|for example|such as|based on|step by step)\b|\s+-\s+/;
const ASKS = /^(?:what|which|where|when|who|why|how|did|do|does|was|were|is|are|have|has|could|would|can)\b/i;
/** A simpler clause must keep at least this many words to still say what is asked. */
const MIN_CLAUSE_WORDS = 4;

/**
 * Rephrasings of a question for a participant who did not follow it, best first: its main clause on its own when
 * the question carries extras, then the whole question reframed as "your own experience". None repeats the question.
 */
export function rephrase(question: string, seed: number): string[] {
  const text = question.trim();
  const main = text.split(CLAUSE_BREAK)[0]!.trim().replace(/[?.!,]+$/, '');
  const candidates: string[] = [];
  if (main.length < text.length - 3 && main.split(/\s+/).length >= MIN_CLAUSE_WORDS) {
    candidates.push(`${rotated(SIMPLER, seed)[0]} ${lowerFirst(main)}${ASKS.test(main) ? '?' : '.'}`);
  }
  for (const frame of rotated(CLEARER, seed)) candidates.push(`${frame} ${lowerFirst(text)}`);
  return candidates;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
