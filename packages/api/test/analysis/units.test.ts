import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../src/analysis/export/csv.ts';
import { splitSentences } from '../../src/analysis/offline/sentences.ts';
import { createOfflineEngine } from '../../src/analysis/offline/offline-engine.ts';
import { turnsWithStages } from '../../src/analysis/journey-stage.ts';
import { Bm25Index } from '../../src/analysis/ask/bm25-index.ts';
import { ThemeClusters } from '../../src/analysis/study/theme-clusters.ts';
import { findVerbatim, checkExtraction } from '../../src/analysis/llm/check-extraction.ts';
import type { GuideQuestion } from '../../src/interviewer/state.ts';

const engine = createOfflineEngine();
const turn = (text: string, id = 't1') => engine.analyseTurn({ turn: { id, role: 'participant', text, at: '2026-01-01T00:00:00.000Z' }, question: '', stage: 'Looking back' });

describe('CSV cells (RFC 4180, formula-safe)', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    // Leading spaces or line breaks before a formula sign, and full-width signs, are neutralised too.
    for (const hostile of [' =1+1', '\n=HYPERLINK("x")', '＝1+1', '　＋A1', '\t-2']) expect(csvCell(hostile).replace(/^"/, '').startsWith("'"), hostile).toBe(true);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvRow(['a', 1, null])).toBe('a,1,\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula, but keeps numbers as numbers', () => {
    for (const text of ['=1+1', '+1', '-1+1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(text).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('offline extraction', () => {
  it('splits sentences verbatim, so quotes are exact spans', () => {
    const text = 'First one!  Second… "Third?" And the rest\nnew line';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['First one!', 'Second…', '"Third?"', 'And the rest', 'new line']);
    for (const s of spans) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('reads CX complaints and praise with the right sign, and negation', () => {
    expect(turn('The app keeps crashing when I upload files.').sentiment).toBeLessThan(-0.1);
    expect(turn('It is far too expensive for a small team.').sentiment).toBeLessThan(-0.1);
    expect(turn('The agent was friendly and sorted it in minutes.').sentiment).toBeGreaterThan(0.1);
    expect(turn('The agent was not helpful at all.').sentiment).toBeLessThan(0);
    expect(turn('I work in sales at a large retail company.').sentiment).toBe(0);
  });

  it('finds emotions, pain points, goals, behaviours and quotable lines, each a sentence of the turn', () => {
    const text = 'Every Monday we export the numbers to a spreadsheet. I want to see churn by plan without doing that. Honestly the export keeps failing, which is so frustrating. Ok.';
    const t = turn(text);
    expect(t.emotions).toContain('frustration');
    expect(t.behaviors).toEqual(['Every Monday we export the numbers to a spreadsheet.']);
    expect(t.goals).toEqual(['I want to see churn by plan without doing that.']);
    expect(t.painPoints).toContain('Honestly the export keeps failing, which is so frustrating.');
    expect(t.quotes.length).toBeGreaterThan(0);
    for (const s of [...t.quotes, ...t.painPoints, ...t.mentions.map((m) => m.text)]) expect(text).toContain(s);
    expect(t.mentions.some((m) => 'c:export' in m.features)).toBe(true);
    expect(t.mentions.find((m) => m.text === 'Ok.')).toBeUndefined();
  });

  it('does not take a weak cue alone for a subject ("a few days ago" is not about waiting)', () => {
    expect(turn('It was a few days ago now.').mentions.every((m) => !('c:waiting' in m.features))).toBe(true);
    expect(turn('I waited three days for a reply.').mentions[0]!.features['c:waiting']).toBeGreaterThan(0.5);
    // "A quick check-in" asks for a follow-up, not for a faster product; "quick to load" is about speed.
    expect(turn('A quick check-in a day later would have made all the difference.').mentions.every((m) => !('c:performance' in m.features))).toBe(true);
    expect(turn('The app is quick and loads in a second.').mentions[0]!.features['c:performance']).toBeGreaterThan(0.5);
  });

  it('tells a missing follow-up (chasing, nobody checking back) from a slow reply, and a work task from either', () => {
    const subjects = (text: string) => turn(text).mentions.flatMap((m) => Object.keys(m.features).filter((f) => f.startsWith('c:')));
    expect(subjects('I had to chase them three times just to get an update.')).toContain('c:followup');
    expect(subjects('Nobody followed up after they closed the ticket.')).toContain('c:followup');
    expect(subjects('It took four days before anyone replied to my first message.')).toContain('c:waiting');
    expect(subjects('It took four days before anyone replied to my first message.')).not.toContain('c:followup');
    // "Follow up on orders" is a job, not a support follow-up.
    expect(subjects('We mainly use it to follow up on orders.')).not.toContain('c:followup');
  });
});

describe('journey stages', () => {
  it('places each answer in the stage of the guide question it answers; probes stay in that stage', () => {
    const guide: GuideQuestion[] = [
      { id: 'm1', text: 'Tell me about the issue you contacted support about most recently.', mandatory: true, stage: 'What happened' },
      { id: 'm2', text: 'How much effort did it take on your side to get the issue resolved?', mandatory: true, stage: 'Getting it resolved' },
    ];
    const at = '2026-01-01T00:00:00.000Z';
    const turns = [
      { id: 'q0', role: 'interviewer' as const, text: 'Hi! Tell me about the issue you contacted support about most recently.', at },
      { id: 'a0', role: 'participant' as const, text: 'Billing.', at },
      { id: 'q1', role: 'interviewer' as const, text: 'Thanks — how much effort did it take on your side to get the issue resolved?', at },
      { id: 'a1', role: 'participant' as const, text: 'A lot.', at },
      { id: 'q2', role: 'interviewer' as const, text: 'You said “a lot” — what made it so?', at },
      { id: 'a2', role: 'participant' as const, text: 'Three agents.', at },
    ];
    expect(turnsWithStages(turns, guide, ['What happened', 'Getting it resolved']).map((t) => [t.turn.id, t.stage])).toEqual([
      ['a0', 'What happened'],
      ['a1', 'Getting it resolved'],
      ['a2', 'Getting it resolved'],
    ]);
  });
});

describe('retrieval and clustering', () => {
  it('BM25 ranks rarer matching terms higher and forgets removed documents', () => {
    const index = new Bm25Index();
    index.add('a', { 'w:invoice': 1, 'c:billing': 1 });
    index.add('b', { 'w:agent': 1, 'c:support': 1 });
    index.add('c', { 'w:agent': 1, 'w:invoice': 1 });
    expect(index.search({ 'w:invoice': 1, 'c:billing': 1 }, 3).map((h) => h.key)).toEqual(['a', 'c']);
    index.remove('a', { 'w:invoice': 1, 'c:billing': 1 });
    expect(index.search({ 'c:billing': 1 }, 3)).toEqual([]);
    expect(index.size).toBe(2);
  });

  it('joins a similar mention to an existing theme cluster, starts a new one otherwise, and removes cleanly', () => {
    const clusters = new ThemeClusters();
    const member = { sessionId: 's', turnId: 't', text: 'x', sentiment: 0, quotability: 1, phrases: [], stage: null };
    clusters.add('th_a', { 'c:cost': 0.9, 'w:price': 0.4 }, 'k1', member);
    expect(clusters.choose({ 'c:cost': 0.95, 'w:fee': 0.3 })).toBe('th_a');
    expect(clusters.choose({ 'c:support': 0.9, 'w:agent': 0.4 })).toBeUndefined();
    clusters.remove('th_a', { 'c:cost': 0.9, 'w:price': 0.4 }, 'k1');
    expect(clusters.choose({ 'c:cost': 0.95 })).toBeUndefined();
    expect([...clusters.all()]).toEqual([]);
  });
});

describe('checking model output', () => {
  it('accepts a quote only when it is the participant’s exact words', () => {
    const answer = 'The invoice was wrong.  Support took “a week” to answer!';
    expect(findVerbatim(answer, 'Support took "a week" to answer')).toBe('Support took “a week” to answer!');
    expect(findVerbatim(answer, 'The invoice was wrong.')).toBe('The invoice was wrong.');
    expect(findVerbatim(answer, 'The invoice was great.')).toBeNull();
  });

  it('drops entries for turns it was not asked about; none left is invalid', () => {
    const entry = { sentiment: 0, emotions: [], themes: [], painPoints: [], goals: [], behaviors: [], journeyStage: null, quotes: [] };
    const ok = checkExtraction('```json\n' + JSON.stringify({ turns: [{ turnId: 'a', ...entry }, { turnId: 'zz', ...entry }] }) + '\n```', ['a']);
    expect(ok.ok && [...ok.turns.keys()]).toEqual(['a']);
    expect(checkExtraction(JSON.stringify({ turns: [{ turnId: 'zz', ...entry }] }), ['a']).ok).toBe(false);
    expect(checkExtraction(JSON.stringify({ turns: [{ turnId: 'a', ...entry, emotions: ['boredom'] }] }), ['a']).ok).toBe(false);
  });
});
