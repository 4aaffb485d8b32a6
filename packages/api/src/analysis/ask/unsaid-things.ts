import type { StudyModel } from '../study/study-model.ts';
import type { AnswerSentence } from './answer-sentences.ts';
import { neighbourTerms, type Neighbours } from './neighbour-terms.ts';
import { namesInQuestion, type AskQuestion } from './read-question.ts';

/** Every term some answer sentence holds: the index's, the other sentences' features, and `s:kind` for notable signals. */
export function vocabularyOf(model: StudyModel, sentences: AnswerSentence[]): Set<string> {
  const vocabulary = new Set(model.index.terms());
  for (const s of sentences) {
    if (!s.indexed) for (const term of Object.keys(s.features)) vocabulary.add(term);
    if (s.signal) vocabulary.add(`s:${s.signal}`);
  }
  return vocabulary;
}

/**
 * The specific things a question names that no participant said, in the question's own words: a noun outside the
 * taxonomy or a subject nobody said (nor, with vectors, a word that means the same: "pets" is said as "dog"); a
 * subject counts as said when a notable signal of the kind asked about was found ("a competitor"); and a compound
 * ("pricing page") counts as said only when one sentence says all of its words, so "the help page" and a
 * subscription mentioned elsewhere do not make a pricing page. Any of them unsaid, and the question cannot be
 * answered as asked, whatever else it names.
 */
export function unsaidThings(model: StudyModel, text: string, question: AskQuestion, sentences: AnswerSentence[], vocabulary: Set<string>, neighbours: Neighbours): string[] {
  const signalled = question.signals.some((kind) => vocabulary.has(`s:${kind}`));
  const keys = [...question.nouns, ...(signalled ? [] : question.subjects)].filter((term) => !vocabulary.has(term) && !neighbours.closest.has(term));
  const sayings = (term: string) => [term, ...(model.embedder ? Object.keys(neighbourTerms(model.embedder, { [term]: 1 }, vocabulary).terms) : [])];
  const compounds = question.compounds
    .filter((c) => {
      const parts = c.parts.map(sayings);
      return !sentences.some((s) => parts.every((ways) => ways.some((k) => k in s.features)));
    })
    .map((c) => c.name);
  const names = [...compounds];
  for (const name of namesInQuestion(text, keys)) if (!names.some((n) => n.toLowerCase().includes(name.toLowerCase()))) names.push(name);
  return names;
}
