import type { TemplateSpec } from './template-spec.ts';

/** A plan built around the research question's own topic, for questions the other templates do not fit. */
export const customTemplate: TemplateSpec = {
  id: 'custom',
  keywords: {},
  build({ researchQuestion, topic }) {
    const subject = topic ?? 'our product';
    const goals = [
      `Understand what participants are trying to get done when they deal with ${subject}`,
      `Find what gets in their way with ${subject}, and how often`,
      'Learn what they do instead or around it, and what would have worked better',
    ];
    return {
      researchType: 'exploratory',
      description:
        `Exploratory research for: “${researchQuestion}” We will learn how participants actually deal with ${subject}: ` +
        'what they were trying to do, what got in their way, and what they did about it.',
      goals,
      targetParticipants: `Customers who dealt with ${subject} recently, including some for whom it did not go as planned.`,
      questions: [
        { id: 'last_time', text: `Thinking about the last time you dealt with ${subject}, what were you trying to get done?`, mandatory: true, intent: `what they were trying to get done with ${subject}`, goal: goals[0], maxFollowUps: 3 },
        { id: 'obstacles', text: `What got in your way with ${subject}, if anything?`, mandatory: true, intent: `what got in their way with ${subject}`, goal: goals[1], maxFollowUps: 3 },
        { id: 'better', text: `Looking back, what would have made ${subject} work better for you?`, mandatory: true, intent: `what would have made ${subject} work better`, goal: goals[2], maxFollowUps: 1 },
        { id: 'before', text: `What were you doing just before you turned to ${subject} that last time?`, mandatory: false, intent: 'what led up to it, what they were doing before', goal: goals[0], maxFollowUps: 1 },
        { id: 'steps', text: `Walk me through what happened with ${subject} that last time, step by step.`, mandatory: false, intent: 'the steps of what happened', goal: goals[1], maxFollowUps: 2 },
        { id: 'alternatives', text: 'What other ways of getting this done have you tried?', mandatory: false, intent: 'alternatives, workarounds or other tools they tried', goal: goals[2], maxFollowUps: 2 },
        { id: 'colleague', text: `What would you tell a colleague about ${subject}, based on your experience?`, mandatory: false, intent: 'how they would describe it to a colleague', goal: goals[2], maxFollowUps: 1 },
        { id: 'else', text: `What else about ${subject} should we know that we haven’t covered?`, mandatory: false, intent: 'anything else', maxFollowUps: 1 },
      ],
      flow: ['The last time', 'Obstacles', 'Looking back'],
    };
  },
};
