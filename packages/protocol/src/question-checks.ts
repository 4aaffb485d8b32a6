import { QUESTION_RULES, type Pointer, type QuestionRules } from './question-rules.ts';

/**
 * Why a plan question is not fit to ask as it stands, as the end of a sentence starting "Question 3 …" that a
 * researcher can act on; undefined when it is fine. A question must be open (no yes/no opener), standalone (nothing
 * pointing back to another question: the interviewer may skip or reorder them) and suggest no answers. Checked for
 * en, fr, es and de; other languages are not checked.
 */
export function questionProblem(text: string, language = 'en'): string | undefined {
  const rules = QUESTION_RULES[language.toLowerCase().split('-')[0]!];
  if (!rules) return undefined;
  const q = text.trim();
  for (const sentence of sentencesOf(q)) {
    if (rules.yesNo.test(sentence) && !rules.invitation.test(sentence)) {
      return `asks yes or no ("${excerpt(sentence, 3)}…"): ask it openly, e.g. ${rules.open(sentence)}`;
    }
  }
  const lead = rules.leadBack.exec(q);
  if (lead) return `starts with "${lead[0]}" as if it went on from another question: ask it on its own`;
  const pointer = pointerIn(q, rules);
  if (pointer) return `points back to something it does not name ("${pointer}"): say what it is about, so it makes sense asked on its own and in any order`;
  for (const option of rules.options) {
    const found = option.exec(q);
    if (found) return `suggests answers ("${clip(found[0].trim())}"): leave the options out and let the participant answer in their own words`;
  }
  return undefined;
}

/** Sentences of a question, and each Spanish "¿…?" part on its own (a yes/no question may follow an open one). */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!…])\s+|\s*(?=¿)/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The first pointer with nothing before it in the question to point to. */
function pointerIn(q: string, rules: QuestionRules): string | undefined {
  // Where the question first names something: one scan, so checking every pointer stays linear.
  const named = rules.named.exec(q)?.index ?? Infinity;
  for (const pointer of rules.pointers) {
    const found = pointer.re.exec(q);
    if (found && !pointsToSomething(q, found, pointer, named)) return found[0].replace(/[\s?.!,;:)]+$/u, '').trim() || found[0];
  }
  return undefined;
}

function pointsToSomething(q: string, found: RegExpExecArray, pointer: Pointer, named: number): boolean {
  if (!pointer.sameNoun && !pointer.exempt) return named < found.index;
  const earlier = (re: RegExp) => {
    const hit = re.exec(q);
    return hit !== null && hit.index < found.index;
  };
  if (pointer.sameNoun && found[1] && earlier(new RegExp(`(?<![\\p{L}\\p{N}])${found[1]}(?![\\p{L}\\p{N}])`, 'iu'))) return true;
  return pointer.exempt !== undefined && earlier(pointer.exempt);
}

function excerpt(text: string, words: number): string {
  return text.replace(/^¿\s*/u, '¿').split(/\s+/).slice(0, words).join(' ').replace(/[?.!,;:]+$/u, '');
}

function clip(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 59).trimEnd()}…`;
}
