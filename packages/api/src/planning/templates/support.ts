import type { TemplateSpec } from './template-spec.ts';

/** Support experience: what happened, the channel, the effort, the resolution, and what would have made it better. */
export const supportTemplate: TemplateSpec = {
  id: 'support',
  keywords: {
    support: 4, ticket: 4, tickets: 4, 'help desk': 4, helpdesk: 4, agent: 3, agents: 3, case: 2, resolve: 3,
    resolved: 3, resolution: 3, contact: 2, contacted: 2, issue: 2, issues: 2, complaint: 3, complaints: 3, chat: 1,
    refund: 2, service: 2, csat: 4, escalation: 3, escalate: 3, closed: 1, response: 1, wait: 1, help: 1,
  },
  build({ researchQuestion }) {
    return {
      researchType: 'evaluative',
      description:
        `Support experience research for: “${researchQuestion}” We will learn what drives good and bad support ` +
        'experiences — what happened, the effort it took, how it was resolved and through which channel — to prioritise fixes.',
      goals: [
        'Understand what participants contacted support about and what they had tried first',
        'Measure the effort it took to get the issue resolved, in participants’ own words',
        'Learn how the issue ended up, through which channel, and what would have made it better',
      ],
      targetParticipants: 'Customers whose support ticket was solved two to seven days ago, across channels, issue types and outcomes.',
      mandatoryQuestions: [
        'Tell me about the issue you contacted support about most recently — what was going on?',
        'How much effort did it take on your side to get the issue resolved, including anything you tried before contacting us?',
        'What would have made that experience better for you?',
      ],
      coreQuestions: [
        'Which channel did you use to get in touch — chat, email, phone or something else — and why that one?',
        'Walk me through what happened after you got in touch.',
        'How did things end up — where did the issue stand when the conversation ended?',
        'What did you do after the conversation with support ended?',
        'Thinking about other times you’ve needed help from us, how did this one compare?',
        'What else about getting help from us should we know that we haven’t covered?',
      ],
      flow: ['What happened', 'Getting it resolved', 'Looking back'],
    };
  },
};
