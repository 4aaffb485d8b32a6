import type { NlpToken } from '../../interviewer/offline/nlp.ts';
import type { Emotion } from '../session-analysis.ts';

/** Words (lemmas or lower-cased forms) that express each emotion. */
const WORDS: Record<Emotion, string[]> = {
  frustration: ['frustrating', 'frustrated', 'frustrate', 'frustration', 'annoying', 'annoyed', 'annoy', 'irritating', 'irritated', 'tedious', 'exhausting', 'hassle', 'nightmare', 'headache', 'fed', 'sick', 'tired', 'painful', 'ugh'],
  anger: ['angry', 'furious', 'livid', 'outraged', 'mad', 'unacceptable', 'ridiculous', 'rude', 'disgusted', 'appalling', 'outrageous'],
  confusion: ['confusing', 'confused', 'unclear', 'puzzled', 'baffled', 'lost', 'bewildered', 'unintuitive', 'complicated'],
  anxiety: ['worried', 'worry', 'nervous', 'anxious', 'stressed', 'stress', 'stressful', 'scared', 'afraid', 'panic', 'panicked', 'concerned', 'uneasy'],
  disappointment: ['disappointed', 'disappointing', 'disappointment', 'underwhelming', 'underwhelmed', 'letdown', 'shame', 'pity', 'sad', 'unfortunately', 'expected'],
  satisfaction: ['satisfied', 'happy', 'pleased', 'glad', 'content', 'solid', 'decent', 'fine', 'good'],
  delight: ['love', 'loved', 'amazing', 'awesome', 'fantastic', 'brilliant', 'wonderful', 'delighted', 'excellent', 'great', 'impressed', 'superb', 'lovely', 'perfect', 'wow'],
  relief: ['relieved', 'relief', 'finally', 'phew', 'thankfully', 'reassured', 'reassuring'],
  trust: ['trust', 'trusted', 'reliable', 'dependable', 'confident', 'rely', 'depend'],
  gratitude: ['thank', 'thanks', 'grateful', 'appreciate', 'appreciated', 'thankful'],
  surprise: ['surprised', 'surprising', 'unexpected', 'unexpectedly', 'shocked', 'astonished'],
};

const BY_WORD = new Map<string, Emotion>();
for (const [emotion, words] of Object.entries(WORDS) as [Emotion, string[]][]) for (const w of words) BY_WORD.set(w, emotion);

const POSITIVE = new Set<Emotion>(['satisfaction', 'delight', 'relief', 'trust', 'gratitude']);

/**
 * The emotions a sentence expresses. A negated positive word reads as disappointment ("not happy"), a negated
 * negative one as nothing ("not worried"); "expected" counts as disappointment only when negated or after "than".
 */
export function emotionsOf(tokens: NlpToken[]): Emotion[] {
  const found = new Set<Emotion>();
  tokens.forEach((t, i) => {
    const emotion = BY_WORD.get(t.normal) ?? BY_WORD.get(t.lemma);
    if (!emotion) return;
    if (t.normal === 'expected' && !t.negated && tokens[i - 1]?.normal !== 'than') return;
    if (t.negated) {
      if (POSITIVE.has(emotion)) found.add('disappointment');
      return;
    }
    found.add(emotion);
  });
  return [...found];
}
