import type { NlpToken, TextNlp } from '../../interviewer/offline/nlp.ts';
import { afterContrast, complaint, faintPraise, praisesByNegation, takesBack } from './complaint-patterns.ts';
import { domainPolarity } from './domain-polarity.ts';
import { withoutHedges } from './hedges.ts';
import { withoutNeutralSenses } from './neutral-senses.ts';

/** A clear complaint reads at least this negative, whatever nice words sit beside it. */
const COMPLAINT_FLOOR = -0.35;
/** A long wait pulls the score down this much. */
const WAIT_WEIGHT = 0.35;
/** After "but", the second clause is what the speaker means: it carries this share of the score. */
const AFTER_TURN = 0.75;

/**
 * Sentiment of one sentence as a researcher would code it: the lexicon (wink's AFINN) plus CX words, then the ways
 * people actually complain: the clause after "but" decides ("friendly, but the problem is still there" is negative),
 * a tail that takes back ("Satisfied, not really."), faint praise ("fine I guess") reads as neutral, and complaints
 * without a feeling word ("nobody followed up", "closed my ticket without fixing it") read as negative.
 */
export function sentencePolarity(nlp: TextNlp, text: string, tokens?: NlpToken[]): number {
  const turn = afterContrast(text);
  if (turn) {
    const head = text.slice(0, text.length - turn.length);
    return clamp((1 - AFTER_TURN) * clausePolarity(nlp, head) + AFTER_TURN * clausePolarity(nlp, turn));
  }
  return clausePolarity(nlp, text, tokens);
}

function clausePolarity(nlp: TextNlp, text: string, tokens?: NlpToken[]): number {
  if (takesBack(text)) {
    const stated = text.replace(/[,?:;.!—–-]\s*[^,?:;.!—–-]*$/, '');
    return -Math.max(0.4, Math.abs(lexical(nlp, stated)));
  }
  let score = lexical(nlp, text, tokens);
  if (praisesByNegation(text)) return clamp(Math.max(score, 0) + 0.5);
  if (faintPraise(text)) score = Math.min(score, 0);
  const kind = complaint(text);
  if (kind === 'clear') score = Math.min(score - 0.4, COMPLAINT_FLOOR);
  else if (kind === 'leans') score -= WAIT_WEIGHT;
  return clamp(score);
}

function lexical(nlp: TextNlp, text: string, tokens?: NlpToken[]): number {
  // The lexicon reads the words in the sense the sentence uses them ("the help page" is no praise).
  const plain = withoutNeutralSenses(text);
  const read = nlp.read(plain);
  const hedged = withoutHedges(plain);
  const sentiment = hedged === null ? read.sentiment : nlp.read(hedged).sentiment;
  return clamp(sentiment + domainPolarity(tokens ?? (plain === text ? read.tokens : nlp.read(text).tokens)));
}

function clamp(n: number): number {
  return Math.round(Math.max(-1, Math.min(1, n)) * 1000) / 1000;
}
