import type { PlanBody } from './template-spec.ts';

/** A kind of research question common enough to deserve its own questions (trial conversion, churn…), refining the custom template. */
export interface TopicFamily {
  id: string;
  /** Words that point to it (lower-case, matched as whole words or phrases in the research question). */
  cues: string[];
  build(researchQuestion: string): PlanBody;
}

const TRIAL_GOALS = [
  'Understand what participants set out to do in the trial and how far they got',
  'Learn what happened when the trial ended, and what decided whether they paid',
  'Find how price, alternatives and the people who decide on buying weighed in',
];
const CHURN_GOALS = [
  'Reconstruct the moment participants decided to stop, and what led up to it',
  'Learn what they moved to instead, and why',
  'Find what would have kept them, in their own words',
];
const ONBOARDING_GOALS = [
  'Reconstruct how participants got set up in their first days',
  'Find where setting up took more effort than expected, and what they did about it',
  'Learn what made the product click for them, or not',
];
const PRICING_GOALS = [
  'Understand how participants judge what they pay against what they get',
  'Learn how pricing weighed in their last decision to buy, upgrade or downgrade',
  'Find which alternatives they compare us with on price',
];

/** The families, most specific first. */
export const TOPIC_FAMILIES: TopicFamily[] = [
  {
    id: 'trial',
    cues: ['trial', 'trials', 'convert', 'conversion', 'converting', 'free plan', 'freemium', 'upgrade to paid', 'paid plan', 'paying customers'],
    build: (researchQuestion) => ({
      researchType: 'evaluative',
      description: `Trial conversion research for: “${researchQuestion}” We will learn what people set out to do in the trial, what happened when it ended, and what decided whether they paid.`,
      goals: TRIAL_GOALS,
      targetParticipants: 'People whose trial ended in the last month: some who paid, some who did not.',
      questions: [
        { id: 'trial_goal', text: 'When you started the trial, what were you hoping to get done with the product?', mandatory: true, intent: 'what they set out to do in the trial', goal: TRIAL_GOALS[0], maxFollowUps: 2 },
        { id: 'trial_story', text: 'Walk me through how the trial went, from the first day to the last.', mandatory: true, intent: 'how the trial went, what they used, how far they got', goal: TRIAL_GOALS[0], maxFollowUps: 3 },
        { id: 'trial_end', text: 'What happened when the trial ended?', mandatory: true, intent: 'what happened when the trial ended (noticed, paid, let it lapse)', goal: TRIAL_GOALS[1], maxFollowUps: 3 },
        { id: 'price', text: 'How did the price compare with what you expected to pay?', mandatory: false, intent: 'the price compared with expectations (expensive, cheap, worth it)', goal: TRIAL_GOALS[2], maxFollowUps: 2 },
        { id: 'alternatives', text: 'Which other tools or ways of working were you weighing up at the time?', mandatory: false, intent: 'alternatives or competitors considered, including spreadsheets', goal: TRIAL_GOALS[2], maxFollowUps: 2 },
        { id: 'decider', text: 'Who else had a say in whether to pay for the product, and how did that conversation go?', mandatory: false, intent: 'who decides on buying (boss, manager, finance, team) and how', goal: TRIAL_GOALS[2], maxFollowUps: 2 },
        { id: 'value_moment', text: 'Tell me about the moment in the trial when the product was most useful to you.', mandatory: false, intent: 'the moment the product showed its value', goal: TRIAL_GOALS[0], maxFollowUps: 2 },
        { id: 'blocker', text: 'What got in the way of getting value from the trial?', mandatory: false, intent: 'what got in the way during the trial (setup, missing feature, time)', goal: TRIAL_GOALS[1], maxFollowUps: 2 },
        { id: 'else', text: 'What else about your trial should we know that we haven’t asked about?', mandatory: false, intent: 'anything else about the trial', maxFollowUps: 1 },
      ],
      flow: ['Starting the trial', 'Using it', 'The end of the trial', 'Deciding'],
    }),
  },
  {
    id: 'churn',
    cues: ['churn', 'churned', 'churning', 'cancel', 'cancelled', 'canceled', 'cancellation', 'cancelling', 'leave', 'leaving', 'left', 'stop using', 'stopped using', 'downgrade', 'downgraded', 'unsubscribe'],
    build: (researchQuestion) => ({
      researchType: 'evaluative',
      description: `Churn research for: “${researchQuestion}” We will reconstruct the moment people decided to stop, what led up to it, and what they moved to.`,
      goals: CHURN_GOALS,
      targetParticipants: 'Customers who cancelled or stopped using the product in the last two months.',
      questions: [
        { id: 'decision', text: 'Tell me about the moment you decided to stop using the product. What was going on?', mandatory: true, intent: 'the moment they decided to stop and what was going on', goal: CHURN_GOALS[0], maxFollowUps: 3 },
        { id: 'lead_up', text: 'What happened in the weeks before you made that decision to stop?', mandatory: true, intent: 'what led up to leaving in the weeks before', goal: CHURN_GOALS[0], maxFollowUps: 2 },
        { id: 'instead', text: 'What are you using now instead of our product, and how did you choose it?', mandatory: true, intent: 'what they switched to (competitor, spreadsheet, nothing) and why', goal: CHURN_GOALS[1], maxFollowUps: 2 },
        { id: 'first_reason', text: 'Think back to when you first signed up. What were you hoping the product would do for you?', mandatory: false, intent: 'their original goal when signing up', goal: CHURN_GOALS[0], maxFollowUps: 1 },
        { id: 'price', text: 'How did what you paid compare with what you got from the product?', mandatory: false, intent: 'price versus value (expensive, worth it)', goal: CHURN_GOALS[0], maxFollowUps: 1 },
        { id: 'decider', text: 'Who else was involved in deciding to cancel?', mandatory: false, intent: 'who decided (boss, manager, finance, team)', goal: CHURN_GOALS[0], maxFollowUps: 1 },
        { id: 'keep', text: 'What would have kept you using the product?', mandatory: false, intent: 'what would have kept them', goal: CHURN_GOALS[2], maxFollowUps: 1 },
        { id: 'else', text: 'What else about your time with the product should we know?', mandatory: false, intent: 'anything else', maxFollowUps: 1 },
      ],
      flow: ['The decision', 'What led to it', 'What came next'],
    }),
  },
  {
    id: 'onboarding',
    cues: ['onboarding', 'onboard', 'set up', 'setup', 'setting up', 'getting started', 'first week', 'first month', 'activation', 'activate', 'new customers', 'new users'],
    build: (researchQuestion) => ({
      researchType: 'discovery',
      description: `Onboarding research for: “${researchQuestion}” We will reconstruct how people got set up, where it took more effort than expected, and what made the product click.`,
      goals: ONBOARDING_GOALS,
      targetParticipants: 'Customers who signed up in the last 30 days, including some who stalled during setup.',
      questions: [
        { id: 'first_day', text: 'Walk me through your first day with the product. What did you do first?', mandatory: true, intent: 'what they did first when they signed up', goal: ONBOARDING_GOALS[0], maxFollowUps: 3 },
        { id: 'effort', text: 'Tell me about a part of setting up that took more effort than you expected.', mandatory: true, intent: 'a part of setup that took effort and what they did about it', goal: ONBOARDING_GOALS[1], maxFollowUps: 3 },
        { id: 'click', text: 'When did the product first feel useful to you, and what were you doing at the time?', mandatory: true, intent: 'the moment the product clicked, or not', goal: ONBOARDING_GOALS[2], maxFollowUps: 2 },
        { id: 'goal', text: 'What were you hoping to get done when you signed up?', mandatory: false, intent: 'their goal when signing up', goal: ONBOARDING_GOALS[0], maxFollowUps: 1 },
        { id: 'help', text: 'Where did you turn when you were stuck during setup?', mandatory: false, intent: 'the help they used (docs, chat, colleague, video)', goal: ONBOARDING_GOALS[1], maxFollowUps: 1 },
        { id: 'team', text: 'Who else in your team got involved in setting things up, and how?', mandatory: false, intent: 'teammates involved in setup', goal: ONBOARDING_GOALS[0], maxFollowUps: 1 },
        { id: 'else', text: 'What else about getting started should we know that we haven’t covered?', mandatory: false, intent: 'anything else about getting started', maxFollowUps: 1 },
      ],
      flow: ['Signing up', 'Setting up', 'First value'],
    }),
  },
  {
    id: 'pricing',
    cues: ['price', 'prices', 'pricing', 'cost', 'costs', 'expensive', 'cheap', 'willingness to pay', 'discount', 'plans and pricing'],
    build: (researchQuestion) => ({
      researchType: 'evaluative',
      description: `Pricing research for: “${researchQuestion}” We will learn how people judge what they pay against what they get, and how price weighed in their last decision.`,
      goals: PRICING_GOALS,
      targetParticipants: 'Customers on different plans, including some who recently upgraded or downgraded.',
      questions: [
        { id: 'last_decision', text: 'Tell me about the last time you decided which plan to pay for. What was going on?', mandatory: true, intent: 'their last decision about which plan to pay for', goal: PRICING_GOALS[1], maxFollowUps: 3 },
        { id: 'value', text: 'How does what you pay compare with what you get from the product?', mandatory: true, intent: 'price versus value (worth it, expensive, cheap)', goal: PRICING_GOALS[0], maxFollowUps: 2 },
        { id: 'alternatives', text: 'Which other tools do you compare us with when you think about cost?', mandatory: true, intent: 'alternatives or competitors compared on price', goal: PRICING_GOALS[2], maxFollowUps: 2 },
        { id: 'decider', text: 'Who else has a say in what your team pays for tools?', mandatory: false, intent: 'who decides on buying (finance, manager, procurement)', goal: PRICING_GOALS[1], maxFollowUps: 1 },
        { id: 'surprise', text: 'Tell me about a time a bill from us surprised you.', mandatory: false, intent: 'a surprising bill or charge', goal: PRICING_GOALS[0], maxFollowUps: 2 },
        { id: 'else', text: 'What else about what you pay should we know?', mandatory: false, intent: 'anything else about pricing', maxFollowUps: 1 },
      ],
      flow: ['The last decision', 'Value for money', 'Alternatives'],
    }),
  },
];

/** The family a research question belongs to, if any: the one with the most cues found in it (ties go to the first listed). */
export function topicFamilyOf(researchQuestion: string): TopicFamily | undefined {
  const text = ` ${researchQuestion.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ')} `;
  let best: { family: TopicFamily; hits: number } | undefined;
  for (const family of TOPIC_FAMILIES) {
    const hits = family.cues.filter((cue) => text.includes(` ${cue} `)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { family, hits };
  }
  return best?.family;
}
