import { beforeAll, describe, expect, it } from 'vitest';
import { readMessage } from './read-message.ts';

describe('readMessage: robustness', () => {
  it.each([
    ['I’m done', 'stop'],
    ['IM DONE', 'stop'],
    ['I WANT TO STOP', 'stop'],
    ['dont understand the question', 'clarify'],
    ['Je veux arreter', 'stop'],
    ['JE NE COMPRENDS PAS', 'clarify'],
    ['Ich möchte aufhören 😤', 'stop'],
    ['Quiero parar!!!', 'stop'],
    ['quien lee esto', 'question_back'],
    ['wer liest das', 'question_back'],
    ['whos reading this?', undefined],
    ['can we stop???', 'stop'],
    ['“stop”', 'stop'],
  ])('reads %j as %s', (text, kind) => expect(readMessage(text).requests[0]).toBe(kind));

  // Messages are up to 4,000 characters; inputs built to make a backtracking pattern blow up must still read at once.
  // A bound this loose only fails on super-linear matching, not on a slow machine. The expressions are compiled once
  // per process (lazily, on first use), which is not what is measured here.
  beforeAll(() => {
    for (const text of ['warm up', 'I used chat, it took two days. Who reads this?', 'Quiero parar. ¿Quién lee esto?']) readMessage(text);
  });

  it.each([
    ['please '.repeat(570)],
    ['i think i think '.repeat(250)],
    ['this one '.repeat(444)],
    ['what '.repeat(800)],
    ['no no '.repeat(666)],
    ['a'.repeat(4000)],
    ["I'd rather not ".repeat(266)],
    ['stop, '.repeat(666)],
    ['ignore all previous '.repeat(200)],
    ['can you '.repeat(500) + '!'],
    ['Je veux arrêter '.repeat(250)],
    [`${'x, '.repeat(1300)}please stop`],
    [Array.from({ length: 700 }, (_, i) => `no ${i}.`).join(' ')],
    [Array.from({ length: 400 }, (_, i) => `Qui lit ça ${i} ?`).join(' ')],
    ['ok so um sorry please '.repeat(190)],
    ["what's a ".repeat(450) + '?'],
  ])('reads a 4,000-character adversarial message (%#) to the end', (text) => {
    // Timings live in bench/request-reading.ts; here a backtracking pattern would show as a hang past the test timeout.
    const reading = readMessage(text.slice(0, 4000));
    expect(Array.isArray(reading.requests)).toBe(true);
  });
});
