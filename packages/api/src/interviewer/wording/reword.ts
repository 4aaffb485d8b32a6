import type { Phrasebook } from '../phrasebook/phrasebook.ts';
import { fill } from '../phrasebook/index.ts';
import { rotated } from '../offline/variety.ts';

// Where a question's main ask ends and its extras begin ("Which channel did you use — chat, email…").
const CLAUSE_BREAK = /\s+[—–]\s+|;\s+|,\s+(?:and|including|if|or|for example|such as|based on|step by step|et|y|und|oder|ou|o)\b|\s+-\s+/;
/** A simpler clause must keep at least this many words to still say what is asked. */
const MIN_CLAUSE_WORDS = 4;

/**
 * Rewordings of the interviewer's last question for a participant who did not follow it, best first: the word they
 * echoed explained by the question, its main clause on its own when it carries extras, then the whole question
 * reframed as "your own experience". None repeats the question as it was.
 */
export function rewordQuestion(book: Phrasebook, question: string, seed: number, echoed?: string, intent?: string): string[] {
  const text = question.trim();
  if (!text) return rotated(book.clarify.reframe, seed).map((f) => f.replace(/\s*\{question\}\s*/, ' ').trim());
  const main = text.split(CLAUSE_BREAK)[0]!.trim().replace(/[?.!,]+$/, '');
  const candidates: string[] = [];
  // Best: the question asked anew from what it is for, in other words than the ones they did not follow.
  const about = intent ? secondPerson(intent.replace(/\s*\([^)]*\)/g, '').trim()) : '';
  if (about && book.clarify.aboutIntent) for (const frame of rotated(book.clarify.aboutIntent, seed)) candidates.push(fill(frame, { intent: about }));
  if (echoed) for (const frame of rotated(book.clarify.echo, seed)) candidates.push(fill(frame, { x: echoed, question: text }));
  if (main.length < text.length - 3 && main.split(/\s+/).length >= MIN_CLAUSE_WORDS) {
    const mark = text.trimStart().startsWith('¿') ? '?' : '?';
    for (const frame of rotated(book.clarify.simpler, seed)) candidates.push(joinFrame(frame, `${main}${/[?]$/.test(main) ? '' : mark}`, book));
  }
  for (const frame of rotated(book.clarify.reframe, seed)) candidates.push(joinFrame(frame, text, book));
  return candidates;
}

/** A frame followed by the question, which is lower-cased after a lead-in that runs into it (not in German). */
function joinFrame(frame: string, question: string, book: Phrasebook): string {
  if (frame.includes('{question}')) return fill(frame, { question });
  const runsOn = /[,—–]$/.test(frame.trim()) || /\b(so|donc|así que|also)$/i.test(frame.trim());
  const q = runsOn && book.language !== 'de' && /^[A-ZÀ-Ý][a-zà-ÿ]/.test(question) && !/^I\b/.test(question) ? question[0]!.toLowerCase() + question.slice(1) : question;
  return `${frame.trim()} ${q}`;
}

/** An intent written about participants ("what they set out to do") as said to one ("what you set out to do"). */
function secondPerson(intent: string): string {
  return intent
    .replace(/\bthey were\b/gi, 'you were')
    .replace(/\bthey(?:'|’)re\b/gi, "you're")
    .replace(/\bthey\b/gi, 'you')
    .replace(/\bthem\b/gi, 'you')
    .replace(/\btheir\b/gi, 'your')
    .replace(/\bthemselves\b/gi, 'yourself')
    .replace(/\bthe participant(?:s)?\b/gi, 'you');
}
