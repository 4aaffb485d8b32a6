import { describe, expect, it } from 'vitest';
import { createNoteSplitter } from './note-line.ts';

function split(pieces: string[]) {
  const s = createNoteSplitter();
  const shown = pieces.map((p) => s.push(p));
  shown.push(s.end());
  return { shown: shown.join(''), note: s.note(), pieces: shown };
}

describe('the note splitter', () => {
  it('splits the reply from a NOTE line, however the pieces fall', () => {
    const text = 'What happened next?\nNOTE: charged twice, support slow';
    for (let size = 1; size <= text.length; size += 3) {
      const pieces = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      expect(split(pieces)).toMatchObject({ shown: 'What happened next?', note: 'charged twice, support slow' });
    }
  });

  it('takes an upper-case NOTE: without a line break, but not "note:" in a sentence', () => {
    expect(split(['Thanks. NOTE: gist'])).toMatchObject({ shown: 'Thanks. ', note: 'gist' });
    expect(split(['Just to note: what happened?'])).toMatchObject({ shown: 'Just to note: what happened?', note: undefined });
  });

  it('shows text at once when nothing could start a note', () => {
    expect(split(['What ', 'happened', '?']).pieces).toEqual(['What ', 'happened', '?', '']);
  });

  it('caps the note and keeps its first line only', () => {
    expect(split([`Ok\nNOTE: ${'x'.repeat(300)}\nmore`]).note).toHaveLength(100);
  });
});
