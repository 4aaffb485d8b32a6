import { describe, expect, it } from 'vitest';
import { type CompactEmbeddings, decodeCompact, encodeCompact } from './compact-format.ts';

const sample: CompactEmbeddings = {
  key: 'pkg@1|v1|top3+abc',
  dims: 3,
  sourceVocabulary: 400,
  words: ['the', 'refund', 'café'],
  ranks: Uint32Array.from([0, 15977, 399]),
  scales: Float32Array.from([0.01, 0.02, 0.5]),
  codes: Int8Array.from([1, -2, 3, 127, -127, 0, 5, 6, 7]),
};

describe('the compact embeddings file', () => {
  it('reads back exactly what was written', () => {
    const back = decodeCompact(encodeCompact(sample));
    expect(back.key).toBe(sample.key);
    expect(back.words).toEqual(sample.words);
    expect([...back.ranks]).toEqual([...sample.ranks]);
    expect([...back.scales]).toEqual([...sample.scales]);
    expect([...back.codes]).toEqual([...sample.codes]);
    expect(back.sourceVocabulary).toBe(400);
  });

  it('rejects a torn or foreign file instead of returning wrong vectors', () => {
    const bytes = encodeCompact(sample);
    expect(() => decodeCompact(bytes.subarray(0, bytes.length - 1))).toThrow();
    expect(() => decodeCompact(bytes.subarray(0, 10))).toThrow();
    expect(() => decodeCompact(new Uint8Array(0))).toThrow();
    const foreign = Uint8Array.from(bytes);
    foreign[0] = 0x7b;
    expect(() => decodeCompact(foreign)).toThrow(/not a compact embeddings file/);
  });
});
