import type { StudyModel } from '../study/study-model.ts';
import type { Features } from '../session-analysis.ts';
import { presentThemes } from '../render/present-themes.ts';
import { linkWishes } from '../render/asked-for.ts';
import { saidAt, wishesSaid } from '../study/wishes-said.ts';
import type { AskEvidence } from './ask-evidence.ts';
import type { AnswerSentence } from './answer-sentences.ts';
import { scoreSentences, type ScoredSentence } from './hybrid-retrieval.ts';
import { pickPassages } from './pick-passages.ts';
import type { AskQuestion } from './read-question.ts';
import { segmentLift } from './segment-lift.ts';

/**
 * What participants asked for, for a question that asks it ("What would customers like us to change?"): their wishes
 * only (TurnInsight.wishes), those on the question's subject when it names one ("…about billing?"), the ones that
 * would fix the most-raised pains first; its themes are those pains. Feeling is not counted: a wish is neither.
 */
export function wishEvidence(model: StudyModel, question: AskQuestion, terms: Features, sentences: AnswerSentence[], none: Omit<AskEvidence, 'kind'>, limit: number): AskEvidence {
  const said = wishesSaid(model);
  const wishes = sentences.filter((s) => said.has(saidAt(s.sessionId, s.turnId, s.text)));
  const { themes, themeOfCluster } = presentThemes(model);
  const pains = themes.filter((t) => t.sentiment < -0.1);
  const links = new Map(linkWishes(model, pains, themeOfCluster).map((l) => [saidAt(l.sessionId, l.turnId, l.text), l]));
  const reach = new Map(pains.map((p) => [p.id, p.sessions.size]));
  const named = Object.keys(terms).length > 0;
  const relevant: ScoredSentence[] = named
    ? scoreSentences(model, question, terms, wishes).filter((s) => s.evidence !== null)
    : wishes.map((sentence) => {
        const link = links.get(saidAt(sentence.sessionId, sentence.turnId, sentence.text));
        // Wishes that would fix a pain many raised come first, the closest to it first.
        return { sentence, lexical: 0, meaning: null, fused: link ? (reach.get(link.themeId) ?? 0) + Math.min(1, link.score) : 0, evidence: 'words' };
      });
  if (relevant.length === 0) return { ...none, kind: 'no-evidence', wishes: true };
  const counts = new Map<string, Set<string>>();
  for (const { sentence } of relevant) {
    const link = links.get(saidAt(sentence.sessionId, sentence.turnId, sentence.text));
    if (!link) continue;
    const set = counts.get(link.themeId) ?? new Set<string>();
    set.add(sentence.sessionId);
    counts.set(link.themeId, set);
  }
  const labels = new Map(pains.map((t) => [t.id, t.label]));
  const speaking = new Set(relevant.map((s) => s.sentence.sessionId));
  const attributes = new Map([...model.digests].filter(([, d]) => d.turns > 0).map(([id, d]) => [id, d.attributes]));
  return {
    ...none,
    kind: 'answer',
    wishes: true,
    speaking: speaking.size,
    segment: segmentLift(attributes, speaking),
    themes: [...counts.entries()]
      .filter(([, set]) => set.size >= 2)
      .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
      .slice(0, 2)
      .map(([id]) => labels.get(id)!),
    passages: pickPassages(relevant.sort((a, b) => b.fused - a.fused), limit),
  };
}

