import { describe, expect, it } from 'vitest';
import { createPlainTextFilter } from './plain-text.ts';

function clean(pieces: string[]): string {
  const f = createPlainTextFilter();
  return pieces.map((p) => f.push(p)).join('') + f.end();
}

describe('the plain-text filter', () => {
  it.each([
    ['**Great** — what _happened_ `next`?', 'Great — what happened next?'],
    ['In 2024 we had 3 tools.', 'In 2024 we had 3 tools.'],
    ['2024 was hard', '2024 was hard'],
    ['## Heading\n- one\n- two', 'Heading one two'],
    ['1. First\n2. Second', 'First Second'],
    ['Hello <b>there</b><script>alert(1)</script>!', 'Hello therealert(1)!'],
    ['I <3 it & 2 < 3', 'I <3 it & 2 < 3'],
    ['> quoted\nline', 'quoted line'],
    ['See [the docs](https://x.y)', 'See the docs(https://x.y)'],
    ['  leading\n\nand   spaces  ', 'leading and spaces'],
    ['__bold__ and snake_case', 'bold and snake_case'],
  ])('%j → %j', (input, expected) => {
    expect(clean([input])).toBe(expected);
    // The same, one character at a time.
    expect(clean(input.split(''))).toBe(expected);
  });

  it('removes a tag split across pieces', () => {
    expect(clean(['Hi <', 'img src=x onerror=1', '> there'])).toBe('Hi there');
    expect(clean(['a <', '3'])).toBe('a <3');
    expect(clean(['end <'])).toBe('end <');
  });
});
