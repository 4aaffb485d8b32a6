import { readMessage } from '../../interviewer/requests/read-message.ts';
import type { ExtractedTurn, TurnToAnalyse } from '../engine.ts';
import { praisesByNegation } from '../offline/complaint-patterns.ts';

/** The turns worth analysing, reduced to the part that answers, and empty insights for the rest. */
export interface AnswerSplit {
  /** Turns with an answer in them, their text cut to that answer (verbatim sentences of the turn). */
  answers: TurnToAnalyse[];
  /** Turns that hold no answer (a request, a question back, "idk", an injection attempt), as insights with nothing in them. */
  empty: ExtractedTurn[];
}

/**
 * Only answers are evidence: "can we stop?", "what do you mean?", "are you a bot?", "idk" and attempts to rewrite the
 * interviewer's instructions are not what customers think of the product. The request reader the interviewer uses
 * (en/fr/es/de) drops those sentences; a turn that tries to redirect the interviewer is left out whole, since what
 * else it says was written to steer, not to answer.
 */
export function answersOnly(turns: readonly TurnToAnalyse[]): AnswerSplit {
  const answers: TurnToAnalyse[] = [];
  const empty: ExtractedTurn[] = [];
  for (const item of turns) {
    const reading = readMessage(item.turn.text);
    // "No complaints from me." reads like a closing "no", but it is a verdict, and a good one.
    const verdict = !reading.injection && reading.requests.length === 0 && praisesByNegation(item.turn.text);
    if (!verdict && (reading.injection || reading.nonAnswer || reading.answer.trim() === '')) empty.push(emptyInsight(item));
    else answers.push(reading.answer === item.turn.text ? item : { ...item, turn: { ...item.turn, text: reading.answer } });
  }
  return { answers, empty };
}

function emptyInsight({ turn, stage }: TurnToAnalyse): ExtractedTurn {
  return { turnId: turn.id, at: turn.at, stage, sentiment: 0, emotions: [], mentions: [], painPoints: [], goals: [], behaviors: [], quotes: [], engine: 'offline' };
}
