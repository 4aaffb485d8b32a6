import { complaint } from '../offline/complaint-patterns.ts';
import type { SignalKind } from '../offline/notable-signals.ts';

/**
 * Word lists "ask" reads questions with: the words every question about interviews has, function words, and the
 * words that say which feeling a question asks about. English only, like the offline engine's lexicon.
 */

/** Words of a question about interviews that say nothing about what to look for. */
export const QUESTION_WORDS = new Set(
  'participant customer client user interviewee respondent interview people person someone anyone anybody everyone everybody say said mention talk tell think feel opinion view main common biggest top most reason why what which how who when where whether often'.split(' '),
);

/** Function words: never a subject, never part of a subject's name. */
export const FUNCTION_WORDS = new Set(
  `a an the our your their his her its my me us we you they them it this that these those of about on in at to for
  from with by into after before during over under and or but not no is are was were be been being do does did have
  has had can could would should will shall may might must any some all there here than then so very just more less
  once twice ever also`.split(/\s+/),
);

/** A question asking about a bad experience ("Why were people unhappy…", "What frustrates…"). */
const NEGATIVE = /\b(?:unhappy|upset|frustrat\w*|annoy\w*|angry|anger|complain\w*|dislike\w*|hate[ds]?|bad|worst|worse|disappoint\w*|dissatisf\w*|pain(?:ful)?|struggl\w*|wrong|negative|irritat\w*|poor|fail\w*|let down|unsatisf\w*|fed up|mad|stress\w*)\b/i;
/** A question asking about a good experience ("What did people like…"). */
const POSITIVE = /\b(?:happy|like[ds]?|lov(?:e|ed|es)|enjoy\w*|pleased|satisf(?:ied|action|y)|delight\w*|prais\w*|best|good|great|positive|impress\w*|appreciat\w*|went well|work(?:ed|s)? well|helpful|glad)\b/i;
/** A negation just before a feeling word turns it ("weren't happy", "did not like"). */
const NEGATED = /(?:\bnot|\bnever|n['’]t|\bno longer)\s+(?:\w+\s+)?$/i;

/** Which feeling a question asks about, if it asks about one ("What did people like and dislike?" asks about both: null). */
export function askedFeeling(question: string): 'negative' | 'positive' | null {
  /** Whether the pattern is said (true), said negated (false), or not said (null). */
  const said = (pattern: RegExp): boolean | null => {
    const m = pattern.exec(question);
    return m ? !NEGATED.test(question.slice(0, m.index)) : null;
  };
  const bad = said(NEGATIVE);
  const good = said(POSITIVE);
  const negative = bad === true || good === false;
  const positive = good === true || bad === false;
  // "Did anyone have to explain their problem more than once?" names no feeling but asks about a burden, phrased as
  // customers complain: those who say it took "next to no effort" are the other answer, not evidence for this one.
  if (!negative && !positive && complaint(question) === 'clear') return 'negative';
  return negative === positive ? null : negative ? 'negative' : 'positive';
}

/** A question asking what participants want changed: "What would customers like us to change?", "What did people ask for?". */
const WISHES_ASKED =
  /\b(?:ask(?:ed|ing)?\s+(?:us\s+)?for|wish(?:ed|es)?|suggest(?:ed|ions?)?|requests?|requested|(?:want|like|love)(?:ed)?\s+(?:us\s+)?to\s+(?:change|improve|fix|do|see|add)|(?:would|could|should|can)\s+(?:we|us)\s+(?:change|improve|fix|do better|do differently)|(?:would|could)\s+(?:have\s+)?(?:made|make)\s+(?:\w+\s+){0,3}better|improvements?|what\s+would\s+help)\b/i;

/** Whether a question asks what participants want changed (answered from their wishes, not from every sentence). */
export function asksForWishes(question: string): boolean {
  return WISHES_ASKED.test(question);
}

/** Words that only say a question asks for wishes ("ask", "change", "better"): the rest says what about. */
export const WISH_WORDS = new Set(
  'ask asked asking wish wished wishes suggest suggested suggestion suggestions request requests requested want wanted like love change changes changed improve improved improvement improvements better fix make made help see add differently'.split(' '),
);

/** Question wording that asks about a kind of notable signal; leaving and moving to a competitor go together. */
const SIGNAL_QUESTIONS: [RegExp, SignalKind[]][] = [
  [/\b(?:competitors?|competition|rivals?|alternatives?|switch\w*|another (?:tool|vendor|provider|product))\b/i, ['competitor', 'churn']],
  [/\b(?:churn\w*|cancel\w*|leav(?:e|ing)|quit\w*|stop(?:ped)? using|renew\w*)\b/i, ['churn', 'competitor']],
  [/\b(?:security|secure|privacy|private|breach\w*|leak\w*|hack\w*|someone else['’]s)\b/i, ['security']],
  [/\b(?:legal|lawyers?|lawsuits?|sue|suing|court|chargebacks?|disput\w*)\b/i, ['legal']],
  [/\b(?:escalat\w*|public(?:ly)?|social media|formal complaints?)\b/i, ['escalation']],
];

/** Kinds of notable signal a question asks about. */
export function askedSignals(question: string): SignalKind[] {
  return [...new Set(SIGNAL_QUESTIONS.filter(([pattern]) => pattern.test(question)).flatMap(([, kinds]) => kinds))];
}

/** A crude stem, enough to tell that "closed", "close" and "closing" are one word, or "pages" and "page". */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.length === 4) return w.replace(/([^s])s$/, '$1');
  return w.replace(/(?:ings?|ed|es|e|s)$/, '');
}
