import { describe, expect, it } from 'vitest';
import { meaningStudies, expectRealQuote, parseCsv } from './analysis-support.ts';

const meaningStudy = meaningStudies();

// Two pains, each raised by six people, each of whom also says what would have fixed it, in their own words.
const FOLLOW_UP = [
  ['They closed my ticket and nobody followed up to check it worked.', 'A follow-up call a day after closing would have made all the difference.'],
  ['Once the case was closed nobody followed up with me at all.', 'Someone should follow up after closing a case to check it really worked.'],
  ['Nobody followed up after they closed the ticket, so I was left guessing.', 'Just check back with me after closing the ticket.'],
  ['No one followed up to confirm the fix after the ticket was closed.', 'A quick follow-up email after closing the ticket would help.'],
  ['After they closed it, nobody followed up to see if it was working.', 'Follow up with customers after a ticket is closed.'],
  ['Nobody ever followed up once my ticket was marked closed.', 'They should follow up a day after closing the ticket.'],
];
const SLOW = [
  ['It took four days before anyone answered my first message, which was awful.', 'Faster first replies would help a lot.'],
  ['I waited almost a week for a first reply, it was terrible.', 'A first reply within a day would have made all the difference.'],
  ['The first response was painfully slow, three whole days.', 'Someone should reply to the first message within hours.'],
  ['Waiting days for a first answer was really frustrating.', 'Answer the first message faster, even just to say you are on it.'],
  ['It was ages before I got a first response, which was annoying.', 'Quicker first responses, please.'],
  ['Nobody answered my first message for two days, awful.', 'A faster first answer would have helped.'],
];
// Asks about what nobody complained about: no pain to pin them on.
const UNRELATED = [
  ['The agent was lovely and patient.', 'A dark mode for the dashboard would be nice.'],
  ['Everyone I spoke to was friendly and kind.', 'More colour themes for the calendar would be nice.'],
];

describe('fixes quote what participants asked for', () => {
  it('puts each wish beside the pain it would fix, in the participant’s own words, and pins nothing else on a pain', async () => {
    const s = await meaningStudy();
    const kind = new Map<string, string>();
    for (const [group, interviews] of [['follow-up', FOLLOW_UP], ['slow', SLOW], ['unrelated', UNRELATED]] as const) {
      for (const answers of interviews) kind.set((await s.interview(answers)).id, group);
    }
    const insights = await s.insights();
    const wishes = new Set([...FOLLOW_UP, ...SLOW, ...UNRELATED].map((a) => a[1]));
    const fixes = insights.support.fixes as { label: string; askedFor?: { sessions: number; quotes: { sessionId: string; turnId: string; text: string }[] } }[];
    const asked = fixes.filter((f) => (f.askedFor?.quotes.length ?? 0) > 0);
    expect(asked.length, JSON.stringify(fixes)).toBeGreaterThanOrEqual(2);
    const groupsAsked = new Set<string>();
    for (const f of asked) {
      // Every quote is a wish somebody said, verbatim, and all of one fix's wishes are about one pain.
      const groups = new Set(f.askedFor!.quotes.map((q) => kind.get(q.sessionId)));
      expect(groups.size, `${f.label}: ${JSON.stringify(f.askedFor)}`).toBe(1);
      expect(groups.has('unrelated'), f.label).toBe(false);
      for (const q of f.askedFor!.quotes) {
        expect(wishes.has(q.text), q.text).toBe(true);
        await expectRealQuote(s.t.store, s.ws.id, q);
      }
      expect(f.askedFor!.sessions).toBeGreaterThanOrEqual(f.askedFor!.quotes.length);
      groupsAsked.add([...groups][0]!);
    }
    expect([...groupsAsked].sort()).toEqual(['follow-up', 'slow']);
    // The key findings say it of the first fix, in their words.
    const first = fixes[0]!;
    expect(first.askedFor?.quotes.length).toBeGreaterThan(0);
    expect(insights.summary.keyFindings.at(-1)).toContain(`${first.askedFor!.sessions} participants asked for a change, such as “${first.askedFor!.quotes[0]!.text}”`);
    // The spreadsheet export has what each participant asked for, in a column of its own, last.
    const csv = parseCsv((await s.t.call('GET', `/v1/studies/${s.study.id}/export?format=csv`, { key: s.ws.secretKey })).text.replace(/^\uFEFF/, ''));
    const header = csv[0]!;
    expect(header.at(-1)).toBe('wishes');
    const asks = csv.slice(1).map((row) => row[header.length - 1]).filter(Boolean);
    expect(asks.length).toBeGreaterThanOrEqual(12);
    for (const a of asks) for (const w of a!.split(' | ')) expect(wishes.has(w), w).toBe(true);
    // The report a researcher downloads says it too, under the fix.
    const md = (await s.t.call('GET', `/v1/studies/${s.study.id}/export?format=md`, { key: s.ws.secretKey })).text;
    expect(md).toContain(`What participants asked for (${first.askedFor!.sessions} interviews): “${first.askedFor!.quotes[0]!.text}”`);
  });

  it('answers "what would they change?" from what they asked for, and only that', async () => {
    const s = await meaningStudy();
    const kind = new Map<string, string>();
    for (const [group, interviews] of [['follow-up', FOLLOW_UP], ['slow', SLOW]] as const) {
      for (const answers of interviews) kind.set((await s.interview(answers)).id, group);
    }
    await s.insights();
    const wishes = new Set([...FOLLOW_UP, ...SLOW].map((a) => a[1]));
    const ask = async (question: string) => (await s.t.call('POST', `/v1/studies/${s.study.id}/ask`, { key: s.ws.secretKey, body: { question } })).json as { answer: string; citations: { sessionId: string; turnId: string; text: string }[] };

    const all = await ask('What would customers like us to change?');
    expect(all.answer).toMatch(/^\d+ of 12 interviews asked for a change/);
    expect(all.citations.length).toBeGreaterThanOrEqual(6);
    // Their wishes, never the complaints (which share the words), each a verbatim turn.
    for (const c of all.citations) {
      expect(wishes.has(c.text), c.text).toBe(true);
      await expectRealQuote(s.t.store, s.ws.id, c);
    }
    expect(new Set(all.citations.map((c) => kind.get(c.sessionId)))).toEqual(new Set(['follow-up', 'slow']));

    // Asked about one subject, only the wishes about it.
    const first = await ask('What did people ask for about the first reply?');
    expect(first.citations.length).toBeGreaterThan(0);
    for (const c of first.citations) expect(kind.get(c.sessionId), c.text).toBe('slow');
  });

  it('names a theme made of what people asked for as a request, never as its opposite', async () => {
    const s = await meaningStudy();
    const asks = [
      "Don't close a ticket until the customer says it's fixed.",
      "Please don't close a ticket before I confirm it works.",
      "Don't close a ticket without checking with the customer first.",
      "Just don't close a ticket until the fix is confirmed.",
      "Don't close a ticket on the customer's behalf.",
      "Don't close a ticket until someone has tested the fix.",
    ];
    for (const [i, ask] of asks.entries()) await s.interview([`The export failed on the ${i + 1}th of the month and they closed my ticket anyway, which was awful.`, ask]);
    const insights = await s.insights();
    const themes = insights.themes as { label: string; description: string; quotes: { text: string }[] }[];
    const labels = themes.map((t) => t.label).join(' | ');
    const asked = themes.find((t) => t.label.startsWith('Asked for:'));
    expect(asked, labels).toBeDefined();
    expect(asked!.description).toMatch(/^Asked for in \d+ interviews/);
    for (const q of asked!.quotes) expect(asks).toContain(q.text);
    // No label says the opposite of what they asked.
    for (const t of themes) if (/close a ticket/i.test(t.label)) expect(t.label).toMatch(/don't close a ticket/i);
  });

  it('says plainly when nobody asked for anything, or nothing about what the question names, and cites nothing', async () => {
    const s = await meaningStudy();
    for (const answers of SLOW) await s.interview([answers[0]!]);
    await s.insights();
    const ask = async (question: string) => (await s.t.call('POST', `/v1/studies/${s.study.id}/ask`, { key: s.ws.secretKey, body: { question } })).json as { answer: string; citations: unknown[] };
    // Complaints only: none of them is a request, however much they share the question's words.
    expect(await ask('What would customers like us to change?')).toEqual({ answer: 'None of the 6 interviews speak to this.', citations: [] });
    const more = await meaningStudy();
    for (const answers of SLOW) await more.interview(answers);
    await more.insights();
    const pricing = (await more.t.call('POST', `/v1/studies/${more.study.id}/ask`, { key: more.ws.secretKey, body: { question: 'What did people ask for about pricing?' } })).json as { answer: string; citations: unknown[] };
    expect(pricing.citations).toEqual([]);
    expect(pricing.answer).toMatch(/^None of the 6 interviews/);
  });
});
