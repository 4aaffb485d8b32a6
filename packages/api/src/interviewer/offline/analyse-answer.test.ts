import { describe, expect, it } from 'vitest';
import { createTextNlp } from './nlp.ts';
import { createAnswerReader } from './analyse-answer.ts';

const reader = createAnswerReader(createTextNlp());

describe('reading an answer', () => {
  it.each(['It was fine.', 'not sure', 'kind of ok', 'Meh, it was okay I suppose', 'I guess it depends'])('%j is vague', (text) => {
    expect(reader.analyse(text).kind).toBe('vague');
  });

  it.each([
    ['Honestly the billing page made me furious, nobody answered for three days.', 'negative'],
    ['I was really frustrated with the support agent, who kept closing my ticket', 'negative'],
    ['I love the new dashboard', 'positive'],
  ] as const)('%j is emotional (%s)', (text, tone) => {
    expect(reader.analyse(text)).toMatchObject({ kind: 'emotional', tone });
  });

  it('does not read a negated feeling as one', () => {
    expect(reader.analyse('I was not frustrated by the invoice page, it just took a while to load every morning').kind).toBe('detailed');
  });

  it.each(['The chat widget kept disconnecting.', 'It was slow.', 'Email, mostly.'])('%j is short', (text) => {
    expect(reader.analyse(text).kind).toBe('short');
  });

  it('a long concrete account is detailed', () => {
    expect(reader.analyse('We mostly use it on Mondays to plan the week, then my project managers update tasks daily.').kind).toBe('detailed');
  });

  it.each([
    ['The billing page kept crashing and I was furious.', 'the billing page'],
    ['The chat widget kept disconnecting.', 'the chat widget'],
    ['I hated the checkout flow, it was so slow', 'the checkout flow'],
    ['Honestly the onboarding emails were confusing', 'the onboarding emails'],
    ['My invoice was wrong twice.', 'your invoice'],
    ['We track requests in Google Sheets.', 'Google Sheets'],
    ['Honestly the wait for a reply was awful and I felt ignored.', 'the wait'],
  ])('quotes the key phrase of %j as %j', (text, phrase) => {
    expect(reader.analyse(text).keyPhrase).toBe(phrase);
  });

  it('finds no key phrase in an answer without a specific one', () => {
    expect(reader.analyse('It was fine I guess.').keyPhrase).toBeUndefined();
    expect(reader.analyse('kind of, a lot of things').keyPhrase).toBeUndefined();
    expect(reader.analyse('Slower than usual.').keyPhrase).toBeUndefined();
  });

  it('strips markup from what it quotes back', () => {
    expect(reader.analyse('The <b>export</b> page broke').keyPhrase ?? '').not.toMatch(/[<>]/);
  });
});
