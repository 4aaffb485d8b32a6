import type { Experience, Plan, PlanTemplate } from '@parley/protocol';

export { titleFromQuestion } from './title.ts';

// What participants see as the conversation's title. Never the research question itself: showing people what the team
// hopes to learn ("What frustrates customers…") primes their answers.
const PARTICIPANT_TITLES: Record<PlanTemplate, string> = {
  support: 'Your recent support experience',
  journey: 'Your experience with us so far',
  persona: 'Tell us about how you work',
  custom: 'Share your experience',
};

/** The participant experience a study gets when none is given: neutral title, welcome with the time it takes, consent, end message. */
export function defaultExperience(plan: Plan, template: PlanTemplate = 'custom'): Experience {
  return {
    title: PARTICIPANT_TITLES[template],
    welcomeMessage:
      `Thanks for helping us improve. This short conversation takes about ${plan.maxMinutes} minutes. ` +
      'There are no right or wrong answers — we want to learn from your own experience, and you can stop at any time.',
    consentText: 'Your answers are stored and read by the product team to improve the product. You can skip any question or stop at any time.',
    endCta: { text: 'You can close this window now.' },
  };
}
