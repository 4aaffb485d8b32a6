import type { Experience, Plan } from '@parley/protocol';

export { titleFromQuestion } from './title.ts';

/** The participant experience a study gets when none is given: welcome with the time it takes, consent, end message. */
export function defaultExperience(plan: Plan, title: string): Experience {
  return {
    title,
    welcomeMessage:
      `Thanks for helping us improve. This short conversation takes about ${plan.maxMinutes} minutes. ` +
      'There are no right or wrong answers — we want to learn from your own experience, and you can stop at any time.',
    consentText: 'Your answers are stored and read by the product team to improve the product. You can skip any question or stop at any time.',
    endCta: { text: 'You can close this window now.' },
  };
}
