import { createReadStream } from 'node:fs';

/** One line of a file; `complete` is false for a last line without its newline (a write torn by a crash). */
export interface Line {
  text: string;
  complete: boolean;
}

/** Streams the lines of a file, so a journal or snapshot far larger than one string still loads. */
export async function* readLines(path: string): AsyncGenerator<Line> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
      yield { text: data.toString('utf8', start, nl), complete: true };
      start = nl + 1;
    }
    rest = data.subarray(start);
  }
  if (rest.length > 0) yield { text: rest.toString('utf8'), complete: false };
}
