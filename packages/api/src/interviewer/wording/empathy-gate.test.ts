import { describe, expect, it } from 'vitest';
import { createEmpathyGate } from './empathy-gate.ts';

const EMPATHY = 'I’m sorry that happened.';
function through(needed: boolean, pieces: string[]): string {
  const gate = createEmpathyGate(needed, EMPATHY);
  return pieces.map((p) => gate.push(p)).join('') + gate.end();
}

describe('empathy gate', () => {
  it('replaces a stock thanks said to an upset participant with empathy', () => {
    expect(through(true, ['Thanks for ', 'explaining. How much effort ', 'did it take?'])).toBe('I’m sorry that happened. How much effort did it take?');
  });

  it('puts empathy before a reply that opens with a quote or the question', () => {
    expect(through(true, ['You said three days — ', 'what happened next?'])).toBe('I’m sorry that happened. You said three days — what happened next?');
  });

  it('leaves a reply that already empathises as it is, in any language', () => {
    expect(through(true, ['That sounds exhausting and frustrating. ', 'What did you do next?'])).toBe('That sounds exhausting and frustrating. What did you do next?');
    expect(through(true, ['Siento mucho que pasaras por eso. ¿Qué hiciste?'])).toBe('Siento mucho que pasaras por eso. ¿Qué hiciste?');
    expect(through(true, ['Das klingt schwierig. Was geschah dann?'])).toBe('Das klingt schwierig. Was geschah dann?');
  });

  it('holds nothing back when no empathy is needed', () => {
    const gate = createEmpathyGate(false, EMPATHY);
    expect(gate.push('Thanks for ')).toBe('Thanks for ');
    expect(gate.end()).toBe('');
  });

  it('handles a reply with no sentence end at all', () => {
    expect(through(true, ['What happened next'])).toBe('I’m sorry that happened. What happened next');
  });
});
