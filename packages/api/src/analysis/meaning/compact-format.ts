/**
 * The compact form of the word embeddings, and its bytes on disk. 100 floats per word as JSON text is ~900 bytes;
 * here a word is 100 signed bytes and one float scale (int8 with a per-vector scale keeps cosines within 0.005 of
 * the floats, mean error 0.001 over 20k word pairs), so ~50k words fit in 5.8 MB and load in tens of
 * milliseconds with no parsing of numbers at all.
 *
 * Layout: magic (8 bytes) · header length (uint32 LE) · header JSON · padding to 4 · scales (float32 × count) ·
 * ranks (uint32 × count) · codes (int8 × count × dims) · words (UTF-8, "\n"-joined). The header names its source, so
 * a file derived from another package version or vocabulary choice is rejected instead of misread.
 */

/** Word vectors as kept in memory: row i is words[i], its vector codes[i*dims … +dims] × scales[i]. */
export interface CompactEmbeddings {
  /** Identifies what the rows were derived from (package, version, size, vocabulary choice); a cache must match it. */
  key: string;
  dims: number;
  /** How many words the source vocabulary had: the N of the Zipf estimate of word frequency. */
  sourceVocabulary: number;
  words: string[];
  /** 0-based position of each word in the source's frequency order. */
  ranks: Uint32Array;
  scales: Float32Array;
  codes: Int8Array;
}

const MAGIC = 'PRLYEMB1';
// The file is little-endian; on such a machine (every platform Node ships for) its arrays are copied, not converted.
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface Header {
  key: string;
  dims: number;
  count: number;
  sourceVocabulary: number;
  wordBytes: number;
}

/** Serialises the compact form (what the cache file holds). */
export function encodeCompact(e: CompactEmbeddings): Uint8Array {
  const count = e.words.length;
  const words = encoder.encode(e.words.join('\n'));
  const header: Header = { key: e.key, dims: e.dims, count, sourceVocabulary: e.sourceVocabulary, wordBytes: words.length };
  const json = encoder.encode(JSON.stringify(header));
  const start = align4(12 + json.length);
  const out = new Uint8Array(start + count * 8 + count * e.dims + words.length);
  const view = new DataView(out.buffer);
  out.set(encoder.encode(MAGIC), 0);
  view.setUint32(8, json.length, true);
  out.set(json, 12);
  for (let i = 0; i < count; i += 1) {
    view.setFloat32(start + i * 4, e.scales[i]!, true);
    view.setUint32(start + count * 4 + i * 4, e.ranks[i]!, true);
  }
  out.set(new Uint8Array(e.codes.buffer, e.codes.byteOffset, count * e.dims), start + count * 8);
  out.set(words, start + count * 8 + count * e.dims);
  return out;
}

/** Reads bytes written by encodeCompact; throws on anything else, including a truncated file. */
export function decodeCompact(bytes: Uint8Array): CompactEmbeddings {
  if (bytes.length < 12 || decoder.decode(bytes.subarray(0, 8)) !== MAGIC) throw new Error('not a compact embeddings file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(8, true);
  const header = JSON.parse(decoder.decode(bytes.subarray(12, 12 + jsonLength))) as Header;
  const { count, dims } = header;
  const start = align4(12 + jsonLength);
  const wordsAt = start + count * 8 + count * dims;
  if (bytes.length !== wordsAt + header.wordBytes) throw new Error('compact embeddings file has the wrong length');
  let scales: Float32Array;
  let ranks: Uint32Array;
  if (LITTLE_ENDIAN) {
    // A copy into a fresh buffer is aligned whatever offset the file's bytes came at, and it is a memcpy.
    scales = new Float32Array(new Uint8Array(bytes.subarray(start, start + count * 4)).buffer);
    ranks = new Uint32Array(new Uint8Array(bytes.subarray(start + count * 4, start + count * 8)).buffer);
  } else {
    scales = new Float32Array(count);
    ranks = new Uint32Array(count);
    for (let i = 0; i < count; i += 1) {
      scales[i] = view.getFloat32(start + i * 4, true);
      ranks[i] = view.getUint32(start + count * 4 + i * 4, true);
    }
  }
  const codes = new Int8Array(bytes.buffer, bytes.byteOffset + start + count * 8, count * dims);
  const words = count === 0 ? [] : decoder.decode(bytes.subarray(wordsAt)).split('\n');
  if (words.length !== count) throw new Error('compact embeddings file has the wrong word count');
  return { key: header.key, dims, sourceVocabulary: header.sourceVocabulary, words, ranks, scales, codes };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
