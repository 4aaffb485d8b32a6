import type { Turn } from '@parley/protocol';
import type { GuideQuestion } from '../interviewer/state.ts';
import type { TurnToAnalyse } from './engine.ts';

/** Share of a guide question's words an interviewer turn must contain to count as asking it. */
const MATCH = 0.6;

/**
 * Pairs each participant turn with the question it answers and that question's plan stage. The interviewer's
 * wording varies (acknowledgements, an LLM's rephrasing), so a turn asks a guide question when it holds most of its
 * words; follow-up probes stay in the stage of the question they probe.
 */
export function turnsWithStages(turns: Turn[], guide: GuideQuestion[] | undefined, flow: string[]): TurnToAnalyse[] {
  const questions = (guide ?? []).map((q) => ({ stage: q.stage, words: wordsOf(q.text) }));
  let stage: string | null = flow[0] ?? questions[0]?.stage ?? null;
  let question = '';
  const out: TurnToAnalyse[] = [];
  for (const turn of turns) {
    if (turn.role === 'interviewer') {
      question = turn.text;
      const words = new Set(wordsOf(turn.text));
      let best = { score: 0, stage: stage };
      for (const q of questions) {
        const score = q.words.length === 0 ? 0 : q.words.filter((w) => words.has(w)).length / q.words.length;
        if (score > best.score) best = { score, stage: q.stage };
      }
      if (best.score >= MATCH) stage = best.stage;
    } else {
      out.push({ turn, question, stage: stage || null });
    }
  }
  return out;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}']{3,}/gu) ?? [];
}
