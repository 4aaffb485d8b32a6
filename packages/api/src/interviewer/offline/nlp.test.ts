import { describe, expect, it } from 'vitest';
import { createTextNlp } from './nlp.ts';

describe('createTextNlp', () => {
  it('tags, lemmatises, stems and flags negation', () => {
    const { tokens, sentiment } = createTextNlp().read('I was not happy with the invoices.');
    const happy = tokens.find((t) => t.value === 'happy')!;
    expect(happy).toMatchObject({ pos: 'ADJ', negated: true });
    expect(tokens.find((t) => t.value === 'invoices')).toMatchObject({ pos: 'NOUN', lemma: 'invoice' });
    expect(tokens.find((t) => t.value === 'was')!.lemma).toBe('be');
    expect(sentiment).toBeLessThan(0);
  });

  it('keeps working when a process creates many pipelines (one per interviewer and planner)', () => {
    // The model package's own loader grew a string on every load and threw after about twenty pipelines.
    for (let i = 0; i < 24; i += 1) expect(createTextNlp().read('The export broke.').tokens).toHaveLength(4);
  });
});
