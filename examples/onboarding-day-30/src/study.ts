import type { Parley, Study } from '@parley/sdk';

/** The participant attribute holding the sign-up date; the page sends it, the study's rule counts days from it. */
export const SIGNED_UP_AT = 'signedUpAt';
/** What the interview opens with. */
const WELCOME = 'You have been with us for a month. Could you spare five minutes to tell us how it is going?';

/** Finds the live "onboarding, day 30" study, or creates it: a `days_since` rule on `signedUpAt`, 30 days. */
export async function ensureOnboardingStudy(parley: Parley): Promise<Study> {
  for await (const study of parley.studies.list({ limit: 100 })) {
    if (study.status === 'live' && study.triggers.some((t) => t.on === 'days_since' && t.attribute === SIGNED_UP_AT && t.days === 30)) return study;
  }
  return parley.studies.create({
    title: 'Your first month',
    researchQuestion: 'How did the first 30 days go for new customers, and what almost made them give up?',
    experience: { title: 'Your first month', welcomeMessage: WELCOME },
    // Due from day 30 (and for two weeks after, so someone who visits on day 33 is still asked).
    triggers: [{ on: 'days_since', attribute: SIGNED_UP_AT, days: 30 }],
    targeting: { recontactDays: 90 },
    status: 'live',
  });
}
