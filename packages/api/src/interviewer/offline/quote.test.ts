import { describe, expect, it } from 'vitest';
import { quoteClause } from './quote.ts';

const content = (t: string) => /[a-z]{4,}/i.test(t);

describe('quoting the participant back', () => {
  it.each([
    ['Then the trial ran out and I didn’t really notice', 'the trial ran out and you didn’t really notice'],
    ['I was charged twice for my seats.', 'you were charged twice for your seats'],
    ['Honestly, we lost a whole afternoon of work', 'you lost a whole afternoon of work'],
  ])('%j → %j', (sentence, quote) => {
    expect(quoteClause(sentence, content)).toBe(quote);
  });

  it('takes the clause with the cue from a long sentence', () => {
    const q = quoteClause('We were in the middle of month-end close with the whole finance team on it, when the export broke again, so I opened a chat', content, /broke/);
    expect(q).toBe('the export broke again');
  });

  it.each([
    ['Setting up my first project took an afternoon because the import kept failing on our CSV', /import/, 'the import kept failing on your CSV'],
    ['We stayed on the old plan for almost two years with the whole team, although the price went up twice last year', /price/, 'the price went up twice last year'],
  ])('quotes a dependent clause as the statement it holds: %j', (sentence, cue, quote) => {
    expect(quoteClause(sentence, content, cue)).toBe(quote);
  });

  it('never quotes a clause that cannot stand alone (no subject, or a condition)', () => {
    const q = quoteClause('We picked the annual plan, which cost more than we expected at the time of renewal', content, /cost/);
    expect(q).not.toMatch(/^which|^cost/);
    expect(quoteClause('It would have been fine if support had called back within a day', content, /support/)).not.toMatch(/^if\b|^support had called/);
  });

  it('quotes nothing that speaks to someone else, or says nothing', () => {
    expect(quoteClause('your agent hung up on me', content)).toBeUndefined();
    expect(quoteClause('no', content)).toBeUndefined();
    expect(quoteClause('ok ok ok', () => false)).toBeUndefined();
  });
});
