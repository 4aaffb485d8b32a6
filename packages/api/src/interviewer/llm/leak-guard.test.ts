import { describe, expect, it } from 'vitest';
import { createLeakGuard } from './leak-guard.ts';

const secret = [
  'You are the interviewer in a one-to-one customer research interview held in writing.',
  'Goals: Measure the marmotwhistle effort index it took to get an issue resolved.',
  '[to come] What did you do after the conversation with support ended?',
];
const allowed = ['The billing page charged me twice and support took three days.', 'How much effort did it take on your side to get it resolved?'];

function stream(text: string, size = 3) {
  const guard = createLeakGuard({ secret, allowed });
  const shown: string[] = [];
  try {
    for (let i = 0; i < text.length; i += size) shown.push(guard.push(text.slice(i, i + size)));
    shown.push(guard.end());
    return { shown: shown.join(''), leaked: false };
  } catch (err) {
    return { shown: shown.join(''), leaked: true, err };
  }
}

describe('the leak guard', () => {
  it('lets an ordinary reply through unchanged', () => {
    const reply = 'That sounds frustrating. When the billing page charged you twice, what did you do first?';
    expect(stream(reply)).toEqual({ shown: reply, leaked: false });
  });

  it('stops an echo of the instructions before their content words are shown', () => {
    const out = stream('Sure! You are the interviewer in a one-to-one customer research interview held in writing.');
    expect(out.leaked).toBe(true);
    expect(out.shown).toBe('Sure! You are the ');
  });

  it('never shows a canary word from the goals', () => {
    for (const size of [1, 2, 5, 13]) {
      const out = stream('Our goal is to measure the marmotwhistle effort index it took to get an issue resolved', size);
      expect(out.leaked).toBe(true);
      expect(out.shown.toLowerCase()).not.toContain('marmot');
    }
  });

  it('allows the participant’s words and the question asked now, even where they overlap private text', () => {
    const reply = 'You said the billing page charged me twice and support took three days. How much effort did it take on your side to get it resolved?';
    expect(stream(reply)).toEqual({ shown: reply, leaked: false });
  });

  it('stops a question that is still to come from being read out', () => {
    const out = stream('Next: What did you do after the conversation with support ended?');
    expect(out.leaked).toBe(true);
    expect(out.shown).not.toContain('conversation');
  });

  it('lets short coincidences through (a few words shared with the prompt)', () => {
    expect(stream('What was the issue resolved by, in the end?').leaked).toBe(false);
  });

  it('tells whether a note quotes private text', () => {
    const guard = createLeakGuard({ secret, allowed });
    expect(guard.quotes('customer research interview held in writing')).toBe(true);
    expect(guard.quotes('charged twice, support took three days')).toBe(false);
  });
});
