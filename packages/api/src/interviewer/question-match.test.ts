import { describe, expect, it } from 'vitest';
import { createTextNlp } from './offline/nlp.ts';
import { createQuestionMatcher } from './question-match.ts';
import type { GuideQuestion } from './state.ts';

const matcher = createQuestionMatcher(createTextNlp());
const q = (id: string, text: string, intent = '', mandatory = false): GuideQuestion => ({ id, text, intent, mandatory, stage: '', verbatim: mandatory, maxFollowUps: 2 });
const GUIDE = [
  q('issue', 'Tell me about the last time you contacted support. What was going on?', 'the issue that made them contact support', true),
  q('channel', 'Which channel did you use to get in touch with us?', 'the channel used to contact support (chat, email, phone)'),
  q('effort', 'How much effort did it take on your side to get the issue resolved?', 'the effort and time it took to get the issue resolved', true),
  q('price', 'How did the price compare with what you expected to pay?', 'how the price compared with expectations'),
  q('decide', 'Who else was involved in deciding to buy?', 'who decides on buying'),
];

describe('matching answers to guide questions by meaning', () => {
  it('reads "I opened a chat" as answering which channel was used, with the sentence as evidence', () => {
    const m = matcher.covers(GUIDE[1]!, 'The export failed. So I opened a chat and waited.', GUIDE);
    expect(m).toMatchObject({ level: 'full', phrase: 'chat', evidence: 'So I opened a chat and waited.' });
    expect(matcher.covers(GUIDE[1]!, 'I emailed them twice.', GUIDE).level).toBe('full');
  });

  it('does not take the study\'s topic words as covering any one question', () => {
    expect(matcher.covers(GUIDE[2]!, 'I contacted support about an issue with invoices.', GUIDE).level).toBe('none');
  });

  it('finds the answers a question\'s slot takes: prices, people who decide', () => {
    expect(matcher.covers(GUIDE[3]!, 'Honestly it was too expensive for a team our size.', GUIDE).level).toBe('full');
    expect(matcher.covers(GUIDE[4]!, 'My manager decided in the end.', GUIDE).level).toBe('full');
    expect(matcher.covers(GUIDE[4]!, 'The onboarding emails were confusing.', GUIDE).level).toBe('none');
  });

  it('recognises a follow-up that asks an upcoming question in other words', () => {
    expect(matcher.asks(GUIDE[2]!, 'How much effort did getting it resolved take on your side?')).toBe(true);
    expect(matcher.asks(GUIDE[2]!, 'What happened next?')).toBe(false);
  });
});
