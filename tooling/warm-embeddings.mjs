// Derives the sentence-embeddings cache (node_modules/.cache/parley/) once, at image build time, so a container
// (read-only code, non-root user) never has to write it on its first start. Run with `node --import tsx`.
const { loadSentenceEmbedder } = await import('../packages/api/src/analysis/meaning/node-embedder.ts');
await loadSentenceEmbedder();
console.log('embeddings cache ready');
