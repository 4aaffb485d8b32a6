import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompactEmbeddings } from './compact-format.ts';
import { deriveCompact } from './derive-compact.ts';
import { type FakeSource, writeFakeSource } from './embeddings.fixtures.ts';

let dir: string;
let source: FakeSource;
let compact: CompactEmbeddings;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-derive-'));
  // ~3.7 MB: entries cross several 1 MB stream chunks.
  source = await writeFakeSource(dir, 3000, 100, ['onboarding']);
  compact = await deriveCompact(source.file, 'test-key', { frequent: 1000, extra: ['"', 'onboarding', 'not-in-source'] });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('deriving the compact embeddings from the package JSON', () => {
  it('keeps the most frequent words in frequency order, without punctuation or codes, plus the extra words', () => {
    // Ranks 0–2 are ",", the escaped '"' and "f-16"; the '"' is back only because the extra words ask for it.
    expect(compact.words.slice(0, 3)).toEqual(['"', "don't", 'sign-up']);
    expect(compact.words).not.toContain(',');
    expect(compact.words).not.toContain('f-16');
    expect(compact.words.filter((w) => w !== '"' && w !== 'onboarding')).toHaveLength(1000);
    expect(compact.words.at(-1)).toBe('onboarding');
    expect(compact.ranks.at(-1)).toBe(2999);
    expect(compact.sourceVocabulary).toBe(3000);
    expect(compact.dims).toBe(100);
  });

  it('keeps every kept vector within half a quantisation step, wherever its entry fell in the stream', () => {
    let worst = 0;
    compact.words.forEach((word, row) => {
      const original = source.vectors[compact.ranks[row]!]!;
      expect(source.words[compact.ranks[row]!]).toBe(word);
      const scale = compact.scales[row]!;
      original.forEach((v, d) => (worst = Math.max(worst, Math.abs(v - compact.codes[row * 100 + d]! * scale) / scale)));
    });
    expect(worst).toBeLessThanOrEqual(0.5 + 1e-6);
  });

  it('refuses a file that is not in the package layout rather than deriving nonsense', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"dimensions":100,"words":["a"],"vectors":{"a":[1,2,3,1,0]}}');
    await expect(deriveCompact(bad, 'k', { frequent: 10, extra: [] })).rejects.toThrow(/unexpected embeddings vector/);
    await writeFile(bad, '{"something":"else"}');
    await expect(deriveCompact(bad, 'k', { frequent: 10, extra: [] })).rejects.toThrow();
  });
});
