import { afterEach, describe, expect, it } from 'vitest';
import { analysedStudy } from './analysis-support.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

// Four of five customers complain, in the words support customers use: few of them are sentiment words.
const COMPLAINTS = [
  ['They closed my ticket as solved without fixing anything.', 'Nobody followed up to check it actually worked.', 'Someone who owns the case until it is really fixed.'],
  ['I had to explain the whole problem again to a new agent every time.', 'It took four days to get a first reply.', 'Read the history of my case before answering.'],
  ['The agent was friendly, but the problem is still there.', 'Resolved, yes. Satisfied, not really.', 'Check with me before closing the ticket.'],
  ['I got the same canned answer three times.', 'I had to chase them for a week before anyone looked at it.', 'A real answer the first time.'],
];
const PRAISE = ['The chat agent sorted my invoice in five minutes.', 'She was friendly and knew the product well.', 'Nothing, it was great.'];

describe('a study where most people complain', () => {
  it('is never summed up as positive, and its answers read negative', async () => {
    const s = await analysedStudy();
    cleanups.push(s.close);
    for (const answers of [...COMPLAINTS, PRAISE]) await s.interview(answers);
    const insights = await s.insights();
    expect(insights.sentiment.average).toBeLessThan(0);
    expect(insights.sentiment.distribution.negative).toBeGreaterThanOrEqual(4);
    expect(insights.summary.text).toMatch(/Overall sentiment is (?:mostly|clearly) negative/);
    expect(insights.signals).toEqual([]);
  });

  it('leads its summary with what people felt, not with what everyone merely mentioned (the channel they used)', async () => {
    const s = await analysedStudy();
    cleanups.push(s.close);
    const channel = ['I used the chat.', 'The chat box on the help page.', 'Live chat, mostly.', 'Chat, because I was at my desk.', 'I used the live chat.', 'Chat, as usual.'];
    const pains = ['They closed my ticket as solved without fixing anything.', 'The ticket was closed but the problem was still there.', 'They marked it resolved and it never worked.'];
    for (const [i, line] of channel.entries()) await s.interview(i < pains.length ? [line, pains[i]!] : [line, 'I was working from home that day.']);
    const insights = await s.insights();
    const lead = insights.summary.text.split(/Raised most[^:]*: /)[1] ?? '';
    const first = insights.themes.find((t: { label: string }) => lead.startsWith(t.label));
    expect(first?.sentiment, insights.summary.text).toBeLessThan(-0.1);
    expect(first?.label, insights.summary.text).toMatch(/resolv|fix|clos/i);
  });

  it('surfaces what one interview alone raises (another customer’s data, a chargeback), quoted verbatim, most serious first', async () => {
    const s = await analysedStudy();
    cleanups.push(s.close);
    const said = [
      ['My invoice was wrong.', 'I opened a dispute with my bank for a chargeback.', 'Can we stop?'],
      ['The export kept failing.', "When I logged in I could see another customer's invoice.", 'Fix the export.'],
      ['All good really.', "I'm not cancelling my subscription, it works for us.", 'Nothing.'],
    ];
    const ids: string[] = [];
    for (const answers of said) ids.push((await s.interview(answers)).id);
    const insights = await s.insights();
    expect(insights.signals.map((s: { kind: string }) => s.kind)).toEqual(['security', 'legal']);
    expect(insights.signals[0]).toMatchObject({ label: expect.stringMatching(/security|privacy/i), quote: { sessionId: ids[1], turnId: 'a1', text: "When I logged in I could see another customer's invoice." } });
    expect(insights.signals[1].quote).toMatchObject({ sessionId: ids[0], turnId: 'a1' });
  });
});
