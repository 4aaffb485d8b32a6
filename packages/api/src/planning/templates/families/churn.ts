import type { TopicFamily } from '../topic-families.ts';

const GOALS = [
  'Reconstruct the moment participants decided to stop, and what led up to it',
  'Learn what they moved to instead, and why',
  'Find what would have kept them, in their own words',
];

/** Why customers leave: the moment they decided, what led up to it, what they moved to, what would have kept them. */
export const churnFamily: TopicFamily = {
  id: 'churn',
  cues: ['churn', 'churned', 'churning', 'cancel', 'cancelled', 'canceled', 'cancellation', 'cancelling', 'leave', 'leaving', 'left', 'stop using', 'stopped using', 'downgrade', 'downgraded', 'unsubscribe'],
  build: ({ researchQuestion }) => ({
    researchType: 'evaluative',
    description: `Churn research for: “${researchQuestion}” We will reconstruct the moment people decided to stop, what led up to it, and what they moved to.`,
    goals: GOALS,
    targetParticipants: 'Customers who cancelled or stopped using the product in the last two months.',
    questions: [
      { id: 'decision', text: 'Tell me about the moment you decided to stop using the product. What was going on?', mandatory: true, intent: 'the moment they decided to stop or cancel, and what was going on', goal: GOALS[0], maxFollowUps: 3 },
      { id: 'lead_up', text: 'What happened in the weeks before you decided to stop using the product?', mandatory: true, intent: 'what led up to leaving in the weeks before: problems, changes, using it less', goal: GOALS[0], maxFollowUps: 2 },
      { id: 'instead', text: 'What are you using now in place of our product?', mandatory: true, intent: 'what they switched to (a competitor, a spreadsheet, another tool, nothing) and why they chose it', goal: GOALS[1], maxFollowUps: 2 },
      { id: 'cancelling', text: 'Walk me through how you went about cancelling your subscription.', mandatory: false, intent: 'how they cancelled, step by step, and how easy or hard it was', goal: GOALS[1], maxFollowUps: 1 },
      { id: 'first_reason', text: 'Think back to when you first signed up. What were you hoping the product would do for you?', mandatory: false, intent: 'their original goal when signing up, the job they wanted done', goal: GOALS[0], maxFollowUps: 1 },
      { id: 'price', text: 'How did what you paid compare with what you got from the product?', mandatory: false, intent: 'price against value (expensive, worth it, budget cuts)', goal: GOALS[0], maxFollowUps: 1 },
      { id: 'decider', text: 'Who else was involved in the decision to cancel?', mandatory: false, intent: 'who decided (boss, manager, finance, team, themselves)', goal: GOALS[0], maxFollowUps: 1 },
      { id: 'keep', text: 'What would have kept you using the product?', mandatory: false, intent: 'what would have kept them: a fix, a feature, a price, help', goal: GOALS[2], maxFollowUps: 1 },
      { id: 'else', text: 'What else about your time with the product should we know?', mandatory: false, intent: 'anything else about their time with the product', maxFollowUps: 1 },
    ],
    flow: ['The decision', 'What led to it', 'Leaving', 'What came next'],
  }),
};
