import { describe, expect, it } from 'vitest';
import { notableSignals } from './notable-signals.ts';

const kinds = (sentences: string[]) => notableSignals(sentences).map((h) => h.kind);

describe('notable signals', () => {
  it('finds the acts that matter from a single interview, with the sentence that says so', () => {
    expect(notableSignals(["I could see another customer's invoice in my account."])).toEqual([{ kind: 'security', text: "I could see another customer's invoice in my account." }]);
    expect(kinds(['I spoke to my lawyer about a chargeback.'])).toEqual(['legal']);
    expect(kinds(['Honestly we are cancelling our subscription at the end of the month.'])).toEqual(['churn']);
    expect(kinds(['We are moving to Zendesk next quarter.', "We've been trialling Freshdesk as an alternative."])).toEqual(['competitor', 'competitor']);
    expect(kinds(['I asked to speak to a manager.', 'I will leave a one-star review.'])).toEqual(['escalation', 'escalation']);
  });

  it('ignores denied acts and ordinary sentences', () => {
    expect(kinds(["I'm not cancelling my subscription, don't worry.", 'The agent was friendly.', 'I moved to the new office last year.'])).toEqual([]);
  });
});
