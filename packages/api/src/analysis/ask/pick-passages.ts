import type { AskPassage } from './ask-evidence.ts';
import type { ScoredSentence } from './hybrid-retrieval.ts';
import { sameWords } from '../render/quotes.ts';

/**
 * The passages to quote, best first by fused rank, in rounds: each interview's best sentence, then each one's
 * second best, and so on, so that many interviews are heard before any is heard twice. A sentence another
 * participant said word for word is quoted once: the count of interviews says how many said it.
 */
export function pickPassages(relevant: ScoredSentence[], limit: number): AskPassage[] {
  const bySession = new Map<string, ScoredSentence[]>();
  for (const s of relevant) {
    const list = bySession.get(s.sentence.sessionId) ?? [];
    list.push(s);
    bySession.set(s.sentence.sessionId, list);
  }
  const participants = new Map<string, number>();
  const out: AskPassage[] = [];
  const texts = new Set<string>();
  const take = ({ sentence }: ScoredSentence) => {
    if (!participants.has(sentence.sessionId)) participants.set(sentence.sessionId, participants.size + 1);
    texts.add(sameWords(sentence.text));
    out.push({ sessionId: sentence.sessionId, turnId: sentence.turnId, text: sentence.text, participant: participants.get(sentence.sessionId)!, sentiment: sentence.sentiment });
  };
  for (let round = 0; out.length < limit; round++) {
    const next = [...bySession.values()].map((list) => list[round]).filter((s): s is ScoredSentence => s !== undefined);
    if (next.length === 0) break;
    for (const s of next.sort((a, b) => b.fused - a.fused)) {
      if (out.length === limit) break;
      if (!texts.has(sameWords(s.sentence.text))) take(s);
    }
  }
  return out;
}
