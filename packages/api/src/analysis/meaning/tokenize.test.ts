import { describe, expect, it } from 'vitest';
import { baseForms } from './inflections.ts';
import { wordsOf } from './tokenize.ts';

describe('splitting text into GloVe words', () => {
  it('spells out contractions, since the vocabulary has no "n\'t"', () => {
    expect(wordsOf("I didn't get it, they won't call and I can’t log in")).toEqual(['i', 'did', 'not', 'get', 'it', 'they', 'will', 'not', 'call', 'and', 'i', 'can', 'not', 'log', 'in']);
    expect(wordsOf("We're sure you'll see what I'd do")).toEqual(['we', 'are', 'sure', 'you', 'will', 'see', 'what', 'i', 'would', 'do']);
  });

  it("drops possessive 's, digits and punctuation, and keeps hyphenated words whole", () => {
    expect(wordsOf("The agent's reply took 3 days!!! Follow-up? None.")).toEqual(['the', 'agent', 'reply', 'took', 'days', 'follow-up', 'none']);
    expect(wordsOf('   ')).toEqual([]);
    expect(wordsOf('42 :) ...')).toEqual([]);
  });
});

describe('base forms for words outside the vocabulary', () => {
  it('offers the forms a dictionary would list', () => {
    expect(baseForms('refunded')).toContain('refund');
    expect(baseForms('stopped')).toContain('stop');
    expect(baseForms('customising')).toContain('customise');
    expect(baseForms('replies')).toContain('reply');
    expect(baseForms('prioritised')).toContain('prioritized');
    expect(baseForms('behaviour')).toContain('behavior');
  });

  it('leaves short words alone', () => {
    expect(baseForms('is')).toEqual([]);
    expect(baseForms('bed')).toEqual([]);
  });
});
