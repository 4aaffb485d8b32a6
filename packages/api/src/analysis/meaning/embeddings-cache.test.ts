import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCompact } from './compact-format.ts';
import { type CompactCacheOptions, loadCompactEmbeddings } from './embeddings-cache.ts';
import { type FakeSource, writeFakeSource } from './embeddings.fixtures.ts';

let dir: string;
let source: FakeSource;
const vocabulary = { frequent: 200, extra: ['onboarding'] };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-embcache-'));
  source = await writeFakeSource(dir, 600, 20, ['onboarding']);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const load = (cacheFile: string, more: Partial<CompactCacheOptions> = {}) => loadCompactEmbeddings({ cacheFile, source, vocabulary, ...more });

describe('the compact embeddings cache', () => {
  it('derives once, then every later load reads the file', async () => {
    const file = join(dir, 'once', 'cache.bin');
    const first = await load(file);
    expect(first.derivedMs).not.toBeNull();
    expect(first.cacheWriteError).toBeNull();
    const second = await load(file);
    expect(second.derivedMs).toBeNull();
    expect(second.embeddings.words).toEqual(first.embeddings.words);
    expect([...second.embeddings.codes]).toEqual([...first.embeddings.codes]);
    expect(second.embeddings.words).toHaveLength(201);
  });

  it('derives again over a torn file and over one made from another source or vocabulary', async () => {
    const file = join(dir, 'stale', 'cache.bin');
    await load(file);
    await truncate(file, 100);
    expect((await load(file)).derivedMs).not.toBeNull();
    expect((await load(file, { source: { ...source, id: 'fake@other-version' } })).derivedMs).not.toBeNull();
    expect((await load(file, { vocabulary: { frequent: 100, extra: [] } })).derivedMs).not.toBeNull();
    expect(decodeCompact(await readFile(file)).words).toHaveLength(100);
  });

  it('leaves a whole file and no temporary files when two loads race to create it', async () => {
    const file = join(dir, 'race', 'cache.bin');
    const [a, b] = await Promise.all([load(file), load(file)]);
    expect(a.embeddings.words).toEqual(b.embeddings.words);
    expect(decodeCompact(await readFile(file)).words).toEqual(a.embeddings.words);
    expect(await readdir(join(dir, 'race'))).toEqual(['cache.bin']);
  });

  it('still returns the embeddings when the cache cannot be written', async () => {
    const blocker = join(dir, 'a-file');
    await writeFile(blocker, 'not a directory');
    const result = await load(join(blocker, 'cache.bin'));
    expect(result.embeddings.words).toHaveLength(201);
    expect(result.cacheWriteError).toMatch(/ENOTDIR|EEXIST/);
  });

  it('takes its path from PARLEY_EMBEDDINGS_CACHE, and serves a slim install that ships only the cache', async () => {
    const file = join(dir, 'env', 'cache.bin');
    const fromEnv = await loadCompactEmbeddings({ source, vocabulary, env: { PARLEY_EMBEDDINGS_CACHE: file } });
    expect(fromEnv.cacheFile).toBe(file);
    const slim = await loadCompactEmbeddings({ source: null, vocabulary, cacheFile: file });
    expect(slim.derivedMs).toBeNull();
    await expect(loadCompactEmbeddings({ source: null, vocabulary, cacheFile: join(dir, 'missing.bin') })).rejects.toThrow(/not installed/);
  });
});
