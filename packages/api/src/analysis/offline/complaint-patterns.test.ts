import { describe, expect, it } from 'vitest';
import { asksForChange } from './complaint-patterns.ts';

const BETTER = 'What would have made getting help from us better for you?';
const WHAT_HAPPENED = 'Walk me through what happened after you got in touch with our support team.';

describe('what counts as asking for a change', () => {
  it('hears a wish whatever the question, when the sentence says it as one', () => {
    for (const s of ["Don't close a ticket until the customer says it's fixed.", 'Someone technical on the first reply.', 'A quick check-in a day later would have made all the difference.', 'They should call back.', 'Faster first replies.']) {
      expect(asksForChange(s, WHAT_HAPPENED, 0), s).toBe(true);
    }
  });

  it('hears a plain answer to "what would have made it better?" as a wish', () => {
    for (const s of ['A follow-up message after closing the case.', 'Notes that travel with the ticket so I only explain once.', 'Agents who actually read the whole message.']) {
      expect(asksForChange(s, BETTER, 0), s).toBe(true);
      // The same words after another question are no wish: nothing in them asks.
      expect(asksForChange(s, WHAT_HAPPENED, 0), s).toBe(false);
    }
  });

  it('does not take a report, a complaint, praise or someone else’s words for a wish', () => {
    expect(asksForChange('I used the chat.', BETTER, 0)).toBe(false);
    expect(asksForChange("The fix held, I haven't had the issue again.", BETTER, 0)).toBe(false);
    expect(asksForChange('Nobody followed up, not once.', BETTER, -0.4)).toBe(false);
    expect(asksForChange('The agent was lovely.', BETTER, 0.6)).toBe(false);
    expect(asksForChange('The chat window said it would be five minutes, roughly.', BETTER, 0)).toBe(false);
    expect(asksForChange('Getting that first reply took far longer than it should have.', WHAT_HAPPENED, -0.4)).toBe(false);
    // "What else should we know?" asks for anything, not for a change.
    expect(asksForChange('The export was missing a column.', 'What else about getting help from us should we know that we haven’t covered?', 0)).toBe(false);
  });
});
