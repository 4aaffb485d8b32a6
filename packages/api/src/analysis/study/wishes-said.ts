import type { StudyModel } from './study-model.ts';

/** Where a sentence was said: the same key for a wish, a mention or a quote of the same words in the same turn. */
export function saidAt(sessionId: string, turnId: string, text: string): string {
  return `${sessionId}/${turnId}/${text}`;
}

/** Every wish of the study (TurnInsight.wishes), by where it was said: what participants asked for. */
export function wishesSaid(model: StudyModel): Set<string> {
  const out = new Set<string>();
  for (const [sessionId, analysis] of model.sessions) for (const turn of analysis.turns) for (const w of turn.wishes ?? []) out.add(saidAt(sessionId, turn.turnId, w.text));
  return out;
}
