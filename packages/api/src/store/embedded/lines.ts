import { createReadStream } from 'node:fs';

/** One line of a file; `complete` is false for a last line without its newline (a write torn by a crash). */
export interface Line {
  text: string;
  complete: boolean;
}

/**
 * Streams the lines of a file, so a journal or snapshot far larger than one string still loads. The pieces of a line
 * longer than a read chunk are kept in a list and joined once at its newline: joining them chunk by chunk would copy a
 * long line (the snapshot's credentials line is ~16 MB at 100k sessions) once per chunk, quadratic in its length.
 */
export async function* readLines(path: string): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      const text = pending.length === 0 ? chunk.toString('utf8', start, nl) : Buffer.concat([...pending, chunk.subarray(start, nl)]).toString('utf8');
      pending = [];
      yield { text, complete: true };
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield { text: Buffer.concat(pending).toString('utf8'), complete: false };
}
