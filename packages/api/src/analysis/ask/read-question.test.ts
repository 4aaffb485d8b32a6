import { describe, expect, it } from 'vitest';
import { createOfflineEngine } from '../offline/offline-engine.ts';
import { namesInQuestion, readQuestion } from './read-question.ts';
import { askedFeeling, askedSignals } from './ask-words.ts';

const engine = createOfflineEngine();

describe('reading a question for ask', () => {
  it('finds a taxonomy subject said in another word order, and drops subjects only question words name', () => {
    expect(readQuestion(engine, 'Why were people unhappy after their ticket was closed?')!.terms).toHaveProperty('c:resolution');
    // "mention" is a collaboration term, but here it only asks whether anyone said something.
    expect(readQuestion(engine, 'Did anyone mention a competitor?')!.terms).not.toHaveProperty('c:collaboration');
    expect(readQuestion(engine, 'Did anyone mention a competitor?')!.signals).toEqual(['competitor', 'churn']);
    expect(readQuestion(engine, 'What do people say?')).toBeNull();
  });

  it('knows the specific things a question names, and names them in its own words', () => {
    const pricing = readQuestion(engine, 'What did customers say about our pricing page?')!;
    expect(pricing.nouns).toEqual(['w:page']);
    expect(pricing.compounds).toEqual([{ name: 'pricing page', parts: ['w:pricing', 'w:page'] }]);
    expect(namesInQuestion('What did customers say about our pricing page?', ['w:page'])).toEqual(['pricing page']);
    expect(namesInQuestion('What do people think of the mobile app?', ['c:mobile'])).toEqual(['mobile app']);
    expect(namesInQuestion('What do they think of the quantum teleporter?', ['w:quantum', 'w:teleporter'])).toEqual(['quantum teleporter']);
    expect(namesInQuestion('What did people say about their pets?', ['w:pet'])).toEqual(['pets']);
  });

  it('reads the feeling a question asks about, negations included', () => {
    expect(askedFeeling('Why were people unhappy after their ticket was closed?')).toBe('negative');
    expect(askedFeeling("Why weren't people happy with support?")).toBe('negative');
    expect(askedFeeling('What did people like about the agents?')).toBe('positive');
    expect(askedFeeling('What did people like and dislike about onboarding?')).toBeNull();
    expect(askedFeeling('What do people say about refunds?')).toBeNull();
    // A burden phrased as customers complain is a question about a bad experience.
    expect(askedFeeling('Did anyone have to explain their problem more than once?')).toBe('negative');
    expect(askedFeeling('Who had to chase support for an answer?')).toBe('negative');
    expect(askedFeeling('How did people explain their problem?')).toBeNull();
    expect(askedSignals('Has anyone threatened legal action?')).toEqual(['legal']);
  });

  it('knows a question asking what people want changed, and keeps only what it is about', () => {
    for (const q of ['What would customers like us to change?', 'What did people ask for?', 'What would have made support better?', 'Any suggestions from participants?', 'What should we improve?']) {
      expect(readQuestion(engine, q)?.wishes, q).toBe(true);
    }
    const billing = readQuestion(engine, 'What did people ask for about billing?')!;
    expect(billing.wishes).toBe(true);
    expect(billing.terms).toHaveProperty('c:billing');
    expect(Object.keys(billing.terms).some((k) => /^w:(?:ask|change)/.test(k))).toBe(false);
    // "better" asks for wishes here, not for praise.
    expect(readQuestion(engine, 'What would have made support better?')!.feeling).toBeNull();
    for (const q of ['Why were people unhappy after their ticket was closed?', 'What do people say about refunds?', 'Did anyone have to explain their problem more than once?']) {
      expect(readQuestion(engine, q)?.wishes, q).toBe(false);
    }
  });
});
