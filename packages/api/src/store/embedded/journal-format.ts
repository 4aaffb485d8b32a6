import { crc32 } from 'node:zlib';

/**
 * Journal line formats, an on-disk format: never change one, add a version.
 *   version 1: `{json}` per line, header `{"journal":1,"epoch":E}`; a damaged line is caught only if it stops parsing.
 *   version 2: `cccccccc {json}` per line, where cccccccc is the CRC-32 (hex) of the JSON's UTF-8 bytes, so a damaged
 *   line that still parses is caught too; header `{"journal":2,"epoch":E,"after":A}`, where A is the `nextEpoch` of the
 *   snapshot that was durable when the journal started: recovery refuses a directory whose snapshot is missing or older.
 */
export const JOURNAL_FORMAT = 2;

/** What the first line of a journal says about it. */
export interface JournalHeader {
  format: 1 | 2;
  epoch: number;
  /** The snapshot generation this journal follows (format 2 only): a snapshot with nextEpoch ≥ after must exist. */
  after: number | null;
}

function checksum(json: string): string {
  return crc32(Buffer.from(json, 'utf8')).toString(16).padStart(8, '0');
}

/** Frames one JSON text as a format-2 journal line (without newline). */
export function encodeLine(json: string): string {
  return `${checksum(json)} ${json}`;
}

/** The format-2 header line of a journal for `epoch` written after the snapshot whose nextEpoch is `after`. */
export function headerLine(epoch: number, after: number): string {
  return encodeLine(JSON.stringify({ journal: JOURNAL_FORMAT, epoch, after }));
}

function parseObject(json: string): object | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Decodes one line of a journal in `format`; undefined when it is damaged (bad checksum, or not a JSON object). */
export function decodeLine(text: string, format: 1 | 2): object | undefined {
  if (format === 1) return parseObject(text);
  if (text.length < 10 || text[8] !== ' ') return undefined;
  const json = text.slice(9);
  return text.slice(0, 8) === checksum(json) ? parseObject(json) : undefined;
}

/** Reads a journal's first line in either format; undefined when it is not a valid header. */
export function decodeHeader(text: string): JournalHeader | undefined {
  const format = text.startsWith('{') ? 1 : 2;
  const value = decodeLine(text, format) as { journal?: unknown; epoch?: unknown; after?: unknown } | undefined;
  if (!value || value.journal !== format || typeof value.epoch !== 'number') return undefined;
  if (format === 1) return { format, epoch: value.epoch, after: null };
  return typeof value.after === 'number' ? { format, epoch: value.epoch, after: value.after } : undefined;
}
