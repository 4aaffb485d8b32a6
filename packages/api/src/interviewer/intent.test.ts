import { describe, expect, it } from 'vitest';
import { readIntent } from './intent.ts';

describe('readIntent', () => {
  it.each([
    'I want to stop',
    'stop',
    'Stop.',
    'can we end this?',
    "I'm done",
    'I’m done, thanks',
    'no more questions please',
    'I want to stop now, sorry.',
    'ok, can we stop here please',
    "I've got to go",
  ])('reads %j as a request to stop', (text) => expect(readIntent(text)).toBe('stop'));

  it.each(['skip', 'pass', 'next question', "I'd rather not answer", 'I’d rather not answer that', 'Can we skip this one?', 'move on'])(
    'reads %j as a request to skip',
    (text) => expect(readIntent(text)).toBe('skip'),
  );

  it.each(["I don't understand the question", 'what do you mean?', 'Sorry, what do you mean by that?', 'Could you rephrase that?', 'huh?'])(
    'reads %j as a request to clarify',
    (text) => expect(readIntent(text)).toBe('clarify'),
  );

  it.each([
    'I want to stop paying for seats we do not use',
    'We had to stop using the export because it broke',
    "I'm done with spreadsheets, that's why we signed up",
    'I skipped the onboarding emails',
    'I did not understand the pricing page at all',
    'The next step was confusing',
    'no',
    '',
  ])('reads %j as an answer, not a request', (text) => expect(readIntent(text)).toBe('answer'));
});
