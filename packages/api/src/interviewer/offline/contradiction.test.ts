import { describe, expect, it } from 'vitest';
import { findContradiction } from './contradiction.ts';
import { createTextNlp } from './nlp.ts';

const nlp = createTextNlp();

describe('answers at odds with each other', () => {
  it('finds praise and complaint about the same thing', () => {
    expect(findContradiction(nlp, 'The agent never understood my issue.', ['The agent was great and very friendly.'])).toEqual({
      earlier: 'The agent was great and very friendly.',
      now: 'The agent never understood my issue.',
    });
  });

  it('never reads a request as contradicting the complaint it follows from', () => {
    const earlier = ['Nobody bothered to confirm the fix on my side.'];
    for (const wish of ['Test the fix before telling me it works.', 'Check with me before closing the ticket, the fix did not work.', 'Just ask me whether the fix worked before walking away.', 'Someone should confirm the fix actually works.', 'I wish they had tested the fix properly, it would be great.']) {
      expect(findContradiction(nlp, wish, earlier), wish).toBeUndefined();
    }
  });

  it('still reads statements that start like a noun as statements', () => {
    expect(findContradiction(nlp, 'Dates in the export were wrong and broken.', ['The export dates were perfect, great work.'])).toBeDefined();
  });
});
