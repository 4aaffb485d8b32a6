import type { TemplateSpec } from './template-spec.ts';

/** A plan built around the research question's own topic, for questions the other templates do not fit. */
export const customTemplate: TemplateSpec = {
  id: 'custom',
  keywords: {},
  build({ researchQuestion, topic }) {
    const subject = topic ?? 'our product';
    return {
      researchType: 'exploratory',
      description:
        `Exploratory research for: “${researchQuestion}” We will learn how participants actually deal with ${subject}: ` +
        'what they were trying to do, what got in their way, and what they did about it.',
      goals: [
        `Understand what participants are trying to get done when they deal with ${subject}`,
        `Find what gets in their way with ${subject}, and how often`,
        'Learn what they do instead or around it, and what would have worked better',
      ],
      targetParticipants: `Customers who dealt with ${subject} recently, including some for whom it did not go as planned.`,
      mandatoryQuestions: [
        `Thinking about the last time you dealt with ${subject}, what were you trying to get done?`,
        `What, if anything, got in your way with ${subject}?`,
        `Looking back, what would have made ${subject} work better for you?`,
      ],
      coreQuestions: [
        'What led up to that — what were you doing just before?',
        'Walk me through what happened next, step by step.',
        'What did you do after that?',
        'What other ways of getting this done have you tried, if any?',
        `What would you tell a colleague about ${subject}, based on your experience?`,
        `What else about ${subject} should we know that we haven’t covered?`,
      ],
      flow: ['The last time', 'Obstacles', 'Looking back'],
    };
  },
};
