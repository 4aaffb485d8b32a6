import type { TopicFamily } from '../topic-families.ts';

const GOALS = [
  'Reconstruct how participants got set up in their first days',
  'Find where setting up took more effort than expected, and what they did about it',
  'Learn what made the product click for them, or not',
];

/** How new customers get set up: the first day, the effort, where they turned for help, the moment it clicked. */
export const onboardingFamily: TopicFamily = {
  id: 'onboarding',
  cues: ['onboarding', 'onboard', 'set up', 'setup', 'setting up', 'getting started', 'first week', 'first month', 'activation', 'activate', 'new customers', 'new users'],
  build: ({ researchQuestion }) => ({
    researchType: 'discovery',
    description: `Onboarding research for: “${researchQuestion}” We will reconstruct how people got set up, where it took more effort than expected, and what made the product click.`,
    goals: GOALS,
    targetParticipants: 'Customers who signed up in the last 30 days, including some who stalled during setup.',
    questions: [
      { id: 'first_day', text: 'Walk me through your first day with the product. What did you do first?', mandatory: true, intent: 'what they did first after signing up, step by step', goal: GOALS[0], maxFollowUps: 3 },
      { id: 'effort', text: 'Tell me about a part of setting up that took more effort than you expected.', mandatory: true, intent: 'a part of setup that took effort (importing data, inviting people, integrations, settings) and what they did about it', goal: GOALS[1], maxFollowUps: 3 },
      { id: 'click', text: 'Tell me about the first time the product felt useful to you. What were you doing?', mandatory: true, intent: 'the moment the product clicked and proved useful, or that it never did', goal: GOALS[2], maxFollowUps: 2 },
      { id: 'goal', text: 'What were you hoping to get done when you signed up?', mandatory: false, intent: 'their goal when signing up', goal: GOALS[0], maxFollowUps: 1 },
      { id: 'help', text: 'Where did you turn when you were stuck during setup?', mandatory: false, intent: 'the help they used when stuck (docs, help centre, chat, a colleague, videos)', goal: GOALS[1], maxFollowUps: 1 },
      { id: 'team', text: 'Who else in your team got involved in setting things up?', mandatory: false, intent: 'teammates involved in setup and what they did', goal: GOALS[0], maxFollowUps: 1 },
      { id: 'data', text: 'How did you get your existing work or data into the product?', mandatory: false, intent: 'bringing in existing data or work (import, copying by hand, integrations)', goal: GOALS[1], maxFollowUps: 2 },
      { id: 'after_week', text: 'How did your use of the product change after the first week?', mandatory: false, intent: 'how their use changed after the first week (more, less, stopped, new habits)', goal: GOALS[2], maxFollowUps: 1 },
      { id: 'else', text: 'What else about getting started should we know that we haven’t covered?', mandatory: false, intent: 'anything else about getting started', maxFollowUps: 1 },
    ],
    flow: ['Signing up', 'Setting up', 'First value', 'After the first week'],
  }),
};
