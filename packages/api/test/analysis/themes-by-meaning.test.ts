import { describe, expect, it } from 'vitest';
import { meaningStudies } from './analysis-support.ts';

const meaningStudy = meaningStudies();

// Twelve customers: the agent praised by some and failing others (one subject, two findings).
const PRAISE = ['The agent was great and really friendly.', 'The support agent was lovely and very patient with me.', 'Honestly the agent was super helpful and kind.', 'The person on the chat was friendly and knew the product well.', 'The agent I spoke to was wonderful.', 'Our agent was brilliant and polite.'];
const PAIN = ['The agent never understood my issue.', 'The agent did not understand what my problem was.', 'The agent never understood the problem I described.', 'The support agent did not get my issue at all.', 'The agent never really understood what I was asking.', 'The agent did not understand my issue at all.'];

describe('themes by meaning (sentence vectors)', () => {
  it('keeps praise and pain of the same subject as two findings, each with its own interviews and feeling', async () => {
    const s = await meaningStudy();
    const sessions = new Map<string, 'praise' | 'pain'>();
    for (const [i, text] of [...PRAISE, ...PAIN].entries()) sessions.set((await s.interview([text])).id, i < PRAISE.length ? 'praise' : 'pain');
    const insights = await s.insights();
    const themes = insights.themes as { label: string; count: number; sentiment: number; quotes: { sessionId: string }[] }[];
    // No theme mixes the two: every quoted interview of a theme is on one side.
    for (const theme of themes) expect(new Set(theme.quotes.map((q) => sessions.get(q.sessionId))).size, theme.label).toBe(1);
    const praise = themes.find((th) => th.quotes.every((q) => sessions.get(q.sessionId) === 'praise'));
    const pain = themes.find((th) => th.quotes.every((q) => sessions.get(q.sessionId) === 'pain'));
    expect(praise && praise.sentiment > 0).toBe(true);
    expect(pain && pain.sentiment < 0).toBe(true);
    expect(pain!.count).toBeGreaterThanOrEqual(4);
    expect(praise!.count).toBeGreaterThanOrEqual(4);
    // Shares are per interview, and a theme from fewer than 5 interviews says it is tentative.
    for (const theme of insights.themes as { count: number; share: number; tentative: boolean }[]) {
      expect(theme.share).toBeCloseTo(theme.count / 12, 3);
      expect(theme.tentative).toBe(theme.count < 5);
    }
  });
});
