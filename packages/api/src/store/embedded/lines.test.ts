import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readLines } from './lines.ts';

it('reads lines longer than many read chunks whole, and marks a last line without newline as incomplete', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'parley-lines-'));
  try {
    const long = 'é'.repeat(700_000) + 'x'; // multi-byte characters split across chunk boundaries too
    await writeFile(join(dir, 'f'), `a\n${long}\n\nb\ntorn`);
    const lines = [];
    for await (const line of readLines(join(dir, 'f'))) lines.push(line);
    expect(lines).toEqual([
      { text: 'a', complete: true },
      { text: long, complete: true },
      { text: '', complete: true },
      { text: 'b', complete: true },
      { text: 'torn', complete: false },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
