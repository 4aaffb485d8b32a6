import { describe, expect, it } from 'vitest';
import type { MemberRef } from '../study/theme-clusters.ts';
import { pickQuotes } from './quotes.ts';

const member = (sessionId: string, text: string, sentiment = -0.6): MemberRef => ({ sessionId, turnId: 'a0', text, sentiment, quotability: 1, phrases: [], stage: null });

describe('a theme’s quotes', () => {
  it('show a sentence two people both said once, and then other words', () => {
    const quotes = pickQuotes(
      [member('se_1', "It's not fixed, and I'm not happy about it."), member('se_2', "It's not fixed — and I'm not happy about it!"), member('se_3', 'The thing I wrote in about is still broken today.')],
      -0.6,
      3,
    );
    expect(quotes.map((q) => q.sessionId)).toEqual(['se_1', 'se_3']);
  });
});
