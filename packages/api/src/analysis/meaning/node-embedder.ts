import { type CompactCacheOptions, loadCompactEmbeddings } from './embeddings-cache.ts';
import { createSentenceEmbedder, type SentenceEmbedder } from './sentence-vectors.ts';
import { createWordVectors } from './word-vectors.ts';

/**
 * The one call a Node process makes to embed by meaning: the compact embeddings from the cache (derived on first
 * ever use), indexed and weighted. Call it once at start-up and pass the embedder to whatever needs it; it is
 * read-only, so one embedder serves every study and request.
 */
export async function loadSentenceEmbedder(options: CompactCacheOptions & { sifA?: number } = {}): Promise<SentenceEmbedder> {
  const { embeddings } = await loadCompactEmbeddings(options);
  return createSentenceEmbedder(createWordVectors(embeddings, { a: options.sifA }));
}
