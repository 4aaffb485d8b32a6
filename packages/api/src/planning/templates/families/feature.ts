import type { TopicFamily } from '../topic-families.ts';

/** How a feature is (or is not) taken up: first contact, the last use, what is used instead, what stands in the way. */
export const featureFamily: TopicFamily = {
  id: 'feature',
  cues: ['feature', 'features', 'adopt', 'adopts', 'adopting', 'adopted', 'adoption', 'uptake', 'discoverability'],
  // The topic is the feature ("the new reporting feature"); a question that names none is about "the feature".
  build: ({ researchQuestion, topic }) => {
    const feature = topic ?? 'the feature';
    const goals = [
      `Learn how participants came across ${feature} and what they expected from it`,
      `Understand how ${feature} fits into their work, or why it does not`,
      `Find what they use instead of ${feature}, and what would make it worth using`,
    ];
    return {
      researchType: 'evaluative',
      description: `Feature adoption research for: “${researchQuestion}” We will learn how people came across ${feature}, how it fits into their work, and what they use instead.`,
      goals,
      targetParticipants: `Customers who could use ${feature}: some who use it often, some who tried it once, some who never have.`,
      questions: [
        { id: 'first_time', text: `Tell me about the first time you came across ${feature}. What were you hoping it would do?`, mandatory: true, intent: `how they discovered ${feature} and what they expected it to do`, goal: goals[0], maxFollowUps: 2 },
        { id: 'last_use', text: `Walk me through the last time you used ${feature}, step by step.`, mandatory: true, intent: `the last time they used ${feature}: what for, the steps, how it went, or that they never have`, goal: goals[1], maxFollowUps: 3 },
        { id: 'instead', text: `Which other tools or ways of working do you use for the same job as ${feature}?`, mandatory: true, intent: 'what they use instead (another tool, a spreadsheet, doing it by hand, a colleague)', goal: goals[2], maxFollowUps: 2 },
        { id: 'getting_started', text: `How did getting started with ${feature} go?`, mandatory: false, intent: 'getting started: setting it up, learning it, first impressions', goal: goals[1], maxFollowUps: 2 },
        { id: 'difference', text: `Tell me about a moment when ${feature} made a difference to your work, for better or worse.`, mandatory: false, intent: 'a moment it helped or got in the way, and what happened', goal: goals[1], maxFollowUps: 2 },
        { id: 'team', text: `How do other people on your team use ${feature}?`, mandatory: false, intent: 'how teammates use it, or that they do not', goal: goals[1], maxFollowUps: 1 },
        { id: 'in_the_way', text: `What gets in the way of using ${feature} more often?`, mandatory: false, intent: 'what stops them using it more (not knowing it, hard to find, missing pieces, no need)', goal: goals[2], maxFollowUps: 2 },
        { id: 'better', text: `Looking back, what would have made ${feature} more useful to you?`, mandatory: false, intent: 'what would have made it more useful, in their words', goal: goals[2], maxFollowUps: 1 },
        { id: 'else', text: `What else about ${feature} should we know that we haven’t asked about?`, mandatory: false, intent: 'anything else about the feature', maxFollowUps: 1 },
      ],
      flow: ['First contact', 'Using it', 'Instead of it', 'Looking back'],
    };
  },
};
