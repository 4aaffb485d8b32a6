import type { TopicFamily } from '../topic-families.ts';

const GOALS = [
  'Understand what participants set out to do in the trial and how far they got',
  'Learn what happened when the trial ended, and what decided whether they paid',
  'Find how price, alternatives and the people who decide on buying weighed in',
];

/** Why trials do or do not turn into paying customers: the trial itself, its end, price, alternatives, who decides. */
export const trialFamily: TopicFamily = {
  id: 'trial',
  cues: ['trial', 'trials', 'convert', 'conversion', 'converting', 'free plan', 'freemium', 'upgrade to paid', 'paid plan', 'paying customers'],
  build: ({ researchQuestion }) => ({
    researchType: 'evaluative',
    description: `Trial conversion research for: “${researchQuestion}” We will learn what people set out to do in the trial, what happened when it ended, and what decided whether they paid.`,
    goals: GOALS,
    targetParticipants: 'People whose trial ended in the last month: some who paid, some who did not.',
    questions: [
      { id: 'trial_goal', text: 'When you started the trial, what were you hoping to get done with the product?', mandatory: true, intent: 'what they set out to do in the trial: the job or problem they hoped it would solve', goal: GOALS[0], maxFollowUps: 2 },
      { id: 'trial_story', text: 'Walk me through how the trial went, from the first day to the last.', mandatory: true, intent: 'how the trial went: what they tried and used, and how far they got', goal: GOALS[0], maxFollowUps: 3 },
      { id: 'trial_end', text: 'What happened when the trial ended?', mandatory: true, intent: 'what happened when the trial ended or expired (noticed, paid, let it lapse, forgot)', goal: GOALS[1], maxFollowUps: 3 },
      { id: 'price', text: 'How did the price compare with what you expected to pay?', mandatory: false, intent: 'the price against what they expected to pay (expensive, cheap, worth it, budget)', goal: GOALS[2], maxFollowUps: 2 },
      { id: 'alternatives', text: 'Which other tools or ways of working were you weighing up while you tried the product?', mandatory: false, intent: 'alternatives or competitors considered during the trial, including spreadsheets or doing nothing', goal: GOALS[2], maxFollowUps: 2 },
      { id: 'decider', text: 'Who else had a say in whether to pay for the product?', mandatory: false, intent: 'who decides on buying (boss, manager, finance, team, themselves) and how they decided', goal: GOALS[2], maxFollowUps: 2 },
      { id: 'value_moment', text: 'Tell me about the moment in the trial when the product was most useful to you.', mandatory: false, intent: 'the moment the product showed its value during the trial', goal: GOALS[0], maxFollowUps: 2 },
      { id: 'blocker', text: 'What got in the way of getting value from the trial?', mandatory: false, intent: 'what got in the way during the trial (setup, a missing feature, no time, importing data)', goal: GOALS[1], maxFollowUps: 2 },
      { id: 'else', text: 'What else about your trial should we know that we haven’t asked about?', mandatory: false, intent: 'anything else about the trial', maxFollowUps: 1 },
    ],
    flow: ['Starting the trial', 'The trial', 'The end of the trial', 'Deciding'],
  }),
};
