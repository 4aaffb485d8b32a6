import type { TemplateSpec } from './template-spec.ts';

const GOALS = [
  'Reconstruct the journey stage by stage, from first contact to regular use',
  'Locate moments of friction and moments of delight, and how they felt',
  'Learn which channels participants used at each stage and why',
];

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
      goals: GOALS,
      targetParticipants: 'Customers at different journey stages: recent sign-ups, customers around day 30, and customers around renewal.',
      questions: [
        { id: 'first_contact', text: 'Think back to when you first came across us. What was going on for you at the time?', mandatory: true, intent: 'how and when they first came across the product, and their situation then', goal: GOALS[0], maxFollowUps: 2 },
        { id: 'decision', text: 'Walk me through how you decided to sign up. What tipped the balance?', mandatory: true, intent: 'how they decided to sign up and what tipped the decision', goal: GOALS[0], maxFollowUps: 2 },
        { id: 'friction', text: 'Tell me about a moment in your time with us that took more effort than you expected.', mandatory: true, intent: 'a moment of friction or effort: what happened and how it felt', goal: GOALS[1], maxFollowUps: 3 },
        { id: 'research', text: 'Where did you look for information before you decided to sign up?', mandatory: false, intent: 'the sources they used before signing up (website, reviews, colleagues, search)', goal: GOALS[2], maxFollowUps: 1 },
        { id: 'alternatives', text: 'Which other products or ways of working did you consider before signing up with us?', mandatory: false, intent: 'alternatives or competitors they considered and how they compared them', goal: GOALS[0], maxFollowUps: 2 },
        { id: 'first_days', text: 'What were your first few days after signing up like?', mandatory: false, intent: 'the first days after signing up (setup, onboarding, first steps)', goal: GOALS[0], maxFollowUps: 2 },
        { id: 'help', text: 'When you needed help while getting started with us, where did you go?', mandatory: false, intent: 'the channel they used for help (email, chat, help centre, a person)', goal: GOALS[2], maxFollowUps: 1 },
        { id: 'delight', text: 'Tell me about a moment with us that went better than you expected.', mandatory: false, intent: 'a moment of delight and why it stood out', goal: GOALS[1], maxFollowUps: 2 },
        { id: 'today', text: 'How do you use our product today, compared with your first weeks?', mandatory: false, intent: 'how their use changed since the first weeks (more, less, different)', goal: GOALS[0], maxFollowUps: 1 },
        { id: 'else', text: 'What else about your journey with us should we know that we haven’t covered?', mandatory: false, intent: 'anything else about their journey', maxFollowUps: 1 },
      ],
      flow: ['Discovery', 'Decision', 'Onboarding', 'Moments that mattered', 'Looking back'],
    };
  },
};
