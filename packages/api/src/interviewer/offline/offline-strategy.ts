import type { Decision, InterviewStrategy, TurnContext } from '../strategy.ts';
import { closingThanks } from '../guide-wording.ts';
import { wasAsked } from '../asked-text.ts';
import { streamPieces } from '../pieces.ts';
import type { TextNlp } from './nlp.ts';
import { createAnswerReader, type AnswerAnalysis } from './analyse-answer.ts';
import { probeCandidates } from './probes.ts';
import { acknowledgement } from './acknowledgements.ts';
import { rephrase } from './clarify.ts';
import { stableHash } from './variety.ts';

/** The offline strategy's decision carries the reply it composed, so wording is only streaming. */
export interface OfflineDecision extends Decision {
  text: string;
  analysis: AnswerAnalysis;
}

/**
 * The built-in offline strategy: reads each answer with NLP and probes like a researcher (short, vague or emotional
 * answers get up to the allowed number of probes that quote the participant's own key phrase), otherwise
 * acknowledges briefly and asks the next guide question. Deterministic: the same turn always gets the same reply.
 */
export function createOfflineStrategy(nlp: TextNlp): InterviewStrategy<OfflineDecision> {
  const reader = createAnswerReader(nlp);
  return {
    kind: 'offline',
    async decide(ctx) {
      const analysis = reader.analyse(ctx.answer, ctx.question?.text);
      const seed = stableHash(`${ctx.question?.id ?? ''}|${ctx.state.turnsUsed}`);
      const note = analysis.keyPhrase;
      const decided = (move: OfflineDecision['move'], text: string): OfflineDecision => ({ move, text, analysis, ...(note ? { note } : {}) });

      if (ctx.allowed.includes('clarify') && ctx.question) {
        const clearer = rephrase(ctx.question.text, seed).find((r) => !wasAsked(ctx.state.askedTexts, r));
        if (clearer) return decided('clarify', clearer);
      }
      if (ctx.allowed.includes('probe') && ctx.intent === 'answer' && analysis.kind !== 'detailed') {
        const probe = probeCandidates(analysis, seed + ctx.state.probes).find((p) => !wasAsked(ctx.state.askedTexts, p));
        if (probe) return decided('probe', probe);
      }
      if (ctx.allowed.includes('next_question') && ctx.nextQuestion) {
        const previous = ctx.turns.findLast((t) => t.role === 'interviewer')?.text ?? '';
        return decided('next_question', `${acknowledgement(ctx.intent, analysis, seed, previous)} ${ctx.nextQuestion.text}`);
      }
      if (ctx.allowed.includes('wrap_up')) return decided('wrap_up', closingThanks(ctx.endReason));
      throw new Error(`no move the offline strategy can word among: ${ctx.allowed.join(', ')}`);
    },
    word(_ctx: TurnContext, decision) {
      return streamPieces(decision.text);
    },
  };
}
