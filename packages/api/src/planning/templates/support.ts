import type { TemplateSpec } from './template-spec.ts';

const GOALS = [
  'Understand what participants contacted support about and what they had tried first',
  'Measure the effort it took to get the issue resolved, in participants’ own words',
  'Learn how the issue ended up, through which channel, and what would have made it better',
];

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
      goals: GOALS,
      targetParticipants: 'Customers whose support ticket was solved two to seven days ago, across channels, issue types and outcomes.',
      questions: [
        { id: 'issue', text: 'Tell me about the last time you contacted our support team. What was going on?', mandatory: true, intent: 'the issue that made them contact support and what they had tried first', goal: GOALS[0], maxFollowUps: 3 },
        { id: 'effort', text: 'How much effort did it take on your side to get your most recent support issue resolved?', mandatory: true, intent: 'the effort and time it took to get the issue resolved (waiting, chasing, repeating themselves)', goal: GOALS[1], maxFollowUps: 2 },
        { id: 'better', text: 'What would have made getting help from us better for you?', mandatory: true, intent: 'what would have made the support experience better', goal: GOALS[2], maxFollowUps: 1 },
        { id: 'channel', text: 'Which channel did you use to get in touch with our support team?', mandatory: false, intent: 'the channel used to contact support (chat, email, phone, form) and why they chose it', goal: GOALS[2], maxFollowUps: 1 },
        { id: 'after_contact', text: 'Walk me through what happened after you got in touch with our support team.', mandatory: false, intent: 'what happened after they got in touch: replies, waits, hand-offs', goal: GOALS[1], maxFollowUps: 2 },
        { id: 'outcome', text: 'Where did things stand when your last conversation with our support team ended?', mandatory: false, intent: 'whether the issue was fixed, partly fixed or still open when the conversation ended', goal: GOALS[2], maxFollowUps: 2 },
        { id: 'afterwards', text: 'What did you do after your last conversation with our support team ended?', mandatory: false, intent: 'what they did afterwards (a workaround, chasing, giving up, leaving)', goal: GOALS[2], maxFollowUps: 2 },
        { id: 'compare', text: 'How did your most recent experience with our support compare with earlier times you needed help from us?', mandatory: false, intent: 'comparison with earlier support experiences (better, worse, the same)', goal: GOALS[1], maxFollowUps: 1 },
        { id: 'else', text: 'What else about getting help from us should we know that we haven’t covered?', mandatory: false, intent: 'anything else about getting help', maxFollowUps: 1 },
      ],
      flow: ['What happened', 'Getting it resolved', 'Looking back'],
    };
  },
};
