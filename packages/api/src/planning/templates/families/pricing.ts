import type { TopicFamily } from '../topic-families.ts';

const GOALS = [
  'Understand how participants judge what they pay against what they get',
  'Learn how pricing weighed in their last decision to buy, upgrade or downgrade',
  'Find which alternatives they compare us with on price',
];

/** How customers judge the price: their last plan decision, value for money, alternatives, who pays, surprises. */
export const pricingFamily: TopicFamily = {
  id: 'pricing',
  cues: ['price', 'prices', 'pricing', 'cost', 'costs', 'expensive', 'cheap', 'willingness to pay', 'discount', 'plans and pricing'],
  build: ({ researchQuestion }) => ({
    researchType: 'evaluative',
    description: `Pricing research for: “${researchQuestion}” We will learn how people judge what they pay against what they get, and how price weighed in their last decision.`,
    goals: GOALS,
    targetParticipants: 'Customers on different plans, including some who recently upgraded or downgraded.',
    questions: [
      { id: 'last_decision', text: 'Tell me about the last time you decided which plan to pay for. What was going on?', mandatory: true, intent: 'their last decision about which plan to pay for, and what prompted it', goal: GOALS[1], maxFollowUps: 3 },
      { id: 'value', text: 'How does what you pay compare with what you get from the product?', mandatory: true, intent: 'price against value (worth it, expensive, cheap, fair)', goal: GOALS[0], maxFollowUps: 2 },
      { id: 'alternatives', text: 'Which other tools do you compare us with when you think about cost?', mandatory: true, intent: 'alternatives or competitors they compare on price', goal: GOALS[2], maxFollowUps: 2 },
      { id: 'first_look', text: 'What went through your mind the first time you looked at our prices?', mandatory: false, intent: 'their first reaction to the prices (clear, confusing, expensive, cheap)', goal: GOALS[0], maxFollowUps: 1 },
      { id: 'decider', text: 'Who else has a say in what your team pays for tools?', mandatory: false, intent: 'who decides on buying (finance, a manager, procurement, themselves)', goal: GOALS[1], maxFollowUps: 1 },
      { id: 'budget', text: 'How does paying for the product fit into your budget?', mandatory: false, intent: 'how the cost fits their budget (company card, approval, yearly budget)', goal: GOALS[1], maxFollowUps: 1 },
      { id: 'bill', text: 'Tell me about the last time a bill from us caught your attention.', mandatory: false, intent: 'a surprising bill, charge or renewal and what they did about it', goal: GOALS[0], maxFollowUps: 2 },
      { id: 'else', text: 'What else about what you pay for the product should we know?', mandatory: false, intent: 'anything else about pricing', maxFollowUps: 1 },
    ],
    flow: ['The last decision', 'Value for money', 'Alternatives', 'Who pays'],
  }),
};
