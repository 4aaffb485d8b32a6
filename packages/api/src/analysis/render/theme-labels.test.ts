import { describe, expect, it } from 'vitest';
import type { MemberRef } from '../study/theme-clusters.ts';
import { phrasesOf, themeLabels } from './theme-labels.ts';

const member = (text: string): MemberRef => ({ sessionId: 's', turnId: 't', text, sentiment: -0.5, quotability: 1, phrases: [], stage: null });

describe('theme labels from the themes’ own words', () => {
  it('never opens a label on a particle or a filler word', () => {
    const phrases = phrasesOf('They signed it off as done and nobody checked back in.');
    expect(phrases).not.toContain('off as done');
    expect(phrases).toContain('signed');
    expect(phrases).toContain('nobody checked back');
    expect(phrases.some((p) => /^(?:off|back|as|and|it|in)\b/.test(p))).toBe(false);
  });

  it('names each theme by what sets it apart from the others', () => {
    const labels = themeLabels([
      ['Nobody followed up after the ticket closed.', 'No one followed up with me.', 'I waited and nobody followed up.'].map(member),
      ['The export button just spun.', 'The export failed twice.', 'Every export came out empty.'].map(member),
    ]);
    expect(labels[0]).toMatch(/followed/i);
    expect(labels[1]).toMatch(/export/i);
  });

  it('never names a theme by a word that only qualifies another ("new", "first")', () => {
    const labels = themeLabels([
      ['I had to repeat everything to every new person.', 'Someone new every time, so I had to repeat it.', 'A new agent each day.'].map(member),
      ['The first reply took a week.', 'Waiting for the first reply was the worst part.', 'The first reply came far too late.'].map(member),
      ['The export button just spun.', 'The export failed twice.', 'Every export came out empty.'].map(member),
    ]);
    expect(labels[0]).not.toBe('New');
    expect(labels[1]).toBe('First reply');
  });

  it('never names a theme by a past form alone, and writes a label as people wrote it', () => {
    const labels = themeLabels([
      ["Whatever they changed didn't stick.", "What they changed didn't stick, again.", 'Nothing they changed made a difference.'].map(member),
      ['The export button just spun.', 'The export failed twice.', 'Every export came out empty.'].map(member),
    ]);
    expect(labels[0]).not.toBe('Changed');
    expect(labels[0]).toBe("Changed didn't stick");
  });

  it('keeps the negation most people said the phrase with, so a label never says the opposite', () => {
    const labels = themeLabels([
      ["Don't close a ticket until the customer says it's fixed.", "Please don't close a ticket before checking.", 'Never close a ticket without asking me.', "Don't close a ticket on a Friday."].map(member),
      ['The export button just spun.', 'The export failed twice.', 'Every export came out empty.'].map(member),
    ]);
    expect(labels[0]).toBe("Don't close a ticket");
    // Said plainly by most, the phrase stays plain.
    expect(themeLabels([['They close a ticket too fast.', 'Support close a ticket in minutes.', "Don't close a ticket early."].map(member), ['The export failed.', 'Every export came out empty.'].map(member)])[0]).toBe('Close a ticket');
  });
});
