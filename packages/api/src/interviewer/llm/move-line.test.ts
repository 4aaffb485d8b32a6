import { describe, expect, it } from 'vitest';
import { readMoveLine } from './move-line.ts';

describe('readMoveLine', () => {
  it.each([
    ['probe\nWhat happened?', 'probe', 'What happened?'],
    ['next\n', 'next_question', ''],
    ['wrap\r\nThanks!', 'wrap_up', 'Thanks!'],
    ['  clarify\nPut simply', 'clarify', 'Put simply'],
    ['Move: probe\nX', 'probe', 'X'],
    ['[next]\nOk.', 'next_question', 'Ok.'],
    ['**wrap**\nBye', 'wrap_up', 'Bye'],
    ['next_question\nOk', 'next_question', 'Ok'],
    ['probe: What happened then?', 'probe', 'What happened then?'],
    ['PROBE — why?', 'probe', 'why?'],
  ])('reads %j', (output, move, rest) => {
    expect(readMoveLine(output)).toEqual({ kind: 'move', move, rest });
  });

  it('waits while the line may still become a move line', () => {
    for (const partial of ['', ' ', 'pro', 'probe', 'next', 'next_q', 'Move: ']) expect(readMoveLine(partial)).toEqual({ kind: 'pending' });
  });

  it('says missing when the output starts with something else', () => {
    expect(readMoveLine('Thanks for sharing.\nWhat happened next?')).toEqual({ kind: 'missing' });
    expect(readMoveLine('Thanks for sharing that with me, it really helps us understand.')).toEqual({ kind: 'missing' });
    expect(readMoveLine('nextly\n')).toEqual({ kind: 'missing' });
  });
});
