import { describe, expect, it } from 'vitest';
import type { CompactEmbeddings } from './compact-format.ts';
import { createWordVectors } from './word-vectors.ts';

// Five words at GloVe-like ranks in a 341,479-word source vocabulary; 2-d vectors are enough to check the arithmetic.
const compact: CompactEmbeddings = {
  key: 'test',
  dims: 2,
  sourceVocabulary: 341_479,
  words: ['the', 'agent', 'refund', 'follow', 'up'],
  ranks: Uint32Array.from([0, 1960, 15977, 900, 55]),
  scales: Float32Array.from([0.5, 0.25, 0.125, 1, 1]),
  codes: Int8Array.from([2, 0, 0, 4, 8, 8, 1, 1, -1, 1]),
};
const words = createWordVectors(compact);
const row = (w: string) => compact.words.indexOf(w);

describe('word lookup with SIF weights', () => {
  it('lets function words fade and content words count fully', () => {
    expect(words.weight(row('the'))).toBeLessThan(0.05);
    expect(words.weight(row('up'))).toBeLessThan(0.5);
    expect(words.weight(row('agent'))).toBeGreaterThan(0.95);
    expect(words.weight(row('refund'))).toBeGreaterThan(words.weight(row('agent')));
  });

  it('finds a word by itself, its lemma, its base form, or its hyphenated parts', () => {
    expect(words.rowsFor('refund')).toEqual([row('refund')]);
    expect(words.rowsFor('reimbursement', 'refund')).toEqual([row('refund')]);
    expect(words.rowsFor('refunded')).toEqual([row('refund')]);
    expect(words.rowsFor('agents')).toEqual([row('agent')]);
    expect(words.rowsFor('follow-up')).toEqual([row('follow'), row('up')]);
    expect(words.rowsFor('zxqv')).toEqual([]);
  });

  it('scales the int8 codes back into the vector a caller accumulates', () => {
    const acc = new Float64Array(2);
    words.addTo(acc, row('refund'), 2);
    expect([...acc]).toEqual([2, 2]);
  });

  it('offers the common direction as a unit vector', () => {
    expect(Math.hypot(...words.commonDirection)).toBeCloseTo(1, 12);
  });
});
