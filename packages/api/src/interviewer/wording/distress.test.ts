import { describe, expect, it } from 'vitest';
import { soundsDistressed } from './distress.ts';

describe('soundsDistressed', () => {
  it('hears anger in feeling words, shouting and repeated exclamation marks', () => {
    expect(soundsDistressed('I was livid.')).toBe(true);
    expect(soundsDistressed('IT NEVER WORKED AT ALL')).toBe(true);
    expect(soundsDistressed('It took five emails!!')).toBe(true);
  });

  it('hears indignation in words said twice for emphasis', () => {
    expect(soundsDistressed('Three days for a first reply. Three days, for a double charge.')).toBe(true);
    expect(soundsDistressed('Five emails. Five emails and nobody read them.')).toBe(true);
  });

  it('does not read ordinary repetition of small words as distress', () => {
    expect(soundsDistressed('I opened the same ticket and then the same agent answered, and then it was fixed.')).toBe(false);
    expect(soundsDistressed('The chat answered within minutes and the fix came the next day.')).toBe(false);
  });
});
