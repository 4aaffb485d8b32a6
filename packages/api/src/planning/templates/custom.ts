import type { TemplateSpec } from './template-spec.ts';

/** A plan built around the research question's own topic, for questions the other templates do not fit. */
export const customTemplate: TemplateSpec = {
  id: 'custom',
  keywords: {},
  // `topic` arrives ready for a sentence ("the checkout", "client billing"); each question reads with either.
  build({ researchQuestion, topic }) {
    const subject = topic ?? 'our product';
    const goals = [
      `Understand what participants are trying to get done when they deal with ${subject}`,
      `Find what gets in their way with ${subject}, and what they do about it`,
      'Learn what they use instead or alongside, and what would work better',
    ];
    return {
      researchType: 'exploratory',
      description:
        `Exploratory research for: “${researchQuestion}” We will learn how participants actually deal with ${subject}: ` +
        'what they were trying to do, what got in their way, and what they did about it.',
      goals,
      targetParticipants: `Customers who dealt with ${subject} recently, including some for whom it did not go as planned.`,
      questions: [
        { id: 'last_time', text: `Thinking about the last time you dealt with ${subject}, what were you trying to get done?`, mandatory: true, intent: `what they were trying to get done with ${subject}: their goal or task`, goal: goals[0], maxFollowUps: 3 },
        { id: 'obstacle', text: `Tell me about a time something got in your way with ${subject}. What happened?`, mandatory: true, intent: `a time something got in the way with ${subject}: what happened and what went wrong`, goal: goals[1], maxFollowUps: 3 },
        { id: 'steps', text: `Walk me through the last time you dealt with ${subject}, step by step.`, mandatory: true, intent: 'the steps they went through, in order, and where it slowed down', goal: goals[0], maxFollowUps: 2 },
        { id: 'before', text: `What were you doing just before you last dealt with ${subject}?`, mandatory: false, intent: 'what led up to it: what they were doing just before, the trigger', goal: goals[0], maxFollowUps: 1 },
        { id: 'stuck', text: `Where do you turn when you get stuck with ${subject}?`, mandatory: false, intent: 'where they turn for help when stuck (help centre, colleagues, support, search, giving up)', goal: goals[1], maxFollowUps: 2 },
        { id: 'alternatives', text: `What other tools or workarounds have you used for ${subject}?`, mandatory: false, intent: 'alternatives, workarounds or other tools (spreadsheets, competitors, doing it by hand)', goal: goals[2], maxFollowUps: 2 },
        { id: 'others', text: `Who else gets involved when you deal with ${subject}?`, mandatory: false, intent: 'colleagues, managers or others involved, and their part', goal: goals[0], maxFollowUps: 1 },
        { id: 'better', text: `Looking back, what would have made ${subject} work better for you?`, mandatory: false, intent: 'what would have made it work better, in their words', goal: goals[2], maxFollowUps: 1 },
        { id: 'else', text: `What else about ${subject} should we know that we haven’t covered?`, mandatory: false, intent: 'anything else', maxFollowUps: 1 },
      ],
      flow: ['Context', 'The last time', 'Obstacles', 'Looking back'],
    };
  },
};
