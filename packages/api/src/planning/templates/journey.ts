import type { TemplateSpec } from './template-spec.ts';

/** Customer journey mapping: stages from discovery on, moments of friction and delight, and the channels used. */
export const journeyTemplate: TemplateSpec = {
  id: 'journey',
  keywords: {
    journey: 4, stage: 2, stages: 2, step: 1, steps: 1, touchpoint: 4, touchpoints: 4, onboarding: 3, onboard: 3,
    purchase: 2, buy: 2, buying: 2, renewal: 3, renew: 3, 'sign up': 2, signup: 2, trial: 2, first: 1, 'day 30': 3,
    path: 2, moment: 2, moments: 2, discover: 2, adopt: 2, adoption: 2, upgrade: 2, funnel: 2, experience: 1,
    channel: 1, channels: 1, lifecycle: 3, activation: 2, month: 1, week: 1, process: 1, over: 1, time: 1, map: 2,
  },
  build({ researchQuestion }) {
    return {
      researchType: 'discovery',
      description:
        `Customer journey mapping for: “${researchQuestion}” We will map participants’ journey stage by stage ` +
        '— discovery, decision, onboarding and use — with the moments of friction and delight and the channels used at each.',
      goals: [
        'Reconstruct the journey stage by stage, from first contact to regular use',
        'Locate moments of friction and moments of delight, and how they felt',
        'Learn which channels participants used at each stage and why',
      ],
      targetParticipants: 'Customers at different journey stages: recent sign-ups, customers around day 30, and customers around renewal.',
      mandatoryQuestions: [
        'Think back to when you first came across us — what was going on for you at the time?',
        'Walk me through how you decided to sign up — what tipped the balance?',
        'Tell me about a moment along the way that took more effort than you expected, if there was one.',
      ],
      coreQuestions: [
        'Where did you look for information before deciding — which websites, people or other channels?',
        'Which other options did you consider at the time, and how did you compare them?',
        'What were your first few days after signing up like?',
        'When you needed help or information along the way, where did you go — email, chat, the help centre, a person, or somewhere else?',
        'Tell me about a moment that went better than you expected, if there was one.',
        'What else about your journey with us should we know that we haven’t covered?',
      ],
      flow: ['Discovery', 'Decision', 'Onboarding', 'Moments that mattered', 'Looking back'],
    };
  },
};
