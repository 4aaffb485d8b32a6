import type { TemplateSpec } from './template-spec.ts';

const GOALS = [
  'Understand participants’ context — role, team, company size and plan — so findings can be split by segment',
  'Identify the goals participants are pursuing, and what success looks like to them',
  'Map the behaviours, tools and workarounds they rely on today',
  'Surface the frustrations that get in their way, in their own words',
];

/** Persona development: goals, frustrations, behaviours and context, split by customer type, plan and company size. */
export const personaTemplate: TemplateSpec = {
  id: 'persona',
  keywords: {
    persona: 4, personas: 4, segment: 3, segments: 3, who: 2, goal: 2, goals: 2, need: 2, needs: 2, motivation: 3,
    motivate: 2, behaviour: 3, behavior: 3, role: 2, job: 2, jobs: 2, profile: 3, audience: 2, type: 1, types: 1,
    workflow: 2, 'power user': 3, 'customer type': 3, 'company size': 3, 'jobs to be done': 4, frustration: 2, frustrate: 2,
    pain: 1, trying: 1, achieve: 2, churned: 1, prospect: 2, prospects: 2, buyer: 1,
  },
  // The topic is not used: persona questions are about the person, and the research question names the product.
  build({ researchQuestion }) {
    return {
      researchType: 'generative',
      description:
        `Persona development for: “${researchQuestion}” We will build two to four evidence-based personas from what ` +
        'participants say about their goals, frustrations, behaviours and context, split by customer type, plan and company size.',
      goals: GOALS,
      targetParticipants: 'A mix of customer types, plans and company sizes: new, long-standing and recently churned customers.',
      questions: [
        { id: 'role', text: 'Tell me about your role and what a typical week looks like for you.', mandatory: true, intent: 'their role, their team and what a typical working week involves', goal: GOALS[0], maxFollowUps: 2 },
        { id: 'last_use', text: 'Thinking about the last time you used our product, what were you trying to get done?', mandatory: true, intent: 'the task or goal they were trying to get done the last time they used the product', goal: GOALS[1], maxFollowUps: 3 },
        { id: 'obstacle', text: 'Tell me about a recent time something got in the way of your work. What happened?', mandatory: true, intent: 'a recent obstacle or frustration at work: what happened and how it felt', goal: GOALS[3], maxFollowUps: 3 },
        { id: 'company', text: 'Tell me about the company you work for and the team you are part of.', mandatory: false, intent: 'company size and industry, and the team they work in (how many people)', goal: GOALS[0], maxFollowUps: 1 },
        { id: 'discovery', text: 'How did you first come across our product?', mandatory: false, intent: 'how they found the product (search, a colleague, an ad, a review) and their situation then', goal: GOALS[0], maxFollowUps: 1 },
        { id: 'steps', text: 'Walk me through the steps of the last task you finished with our product.', mandatory: false, intent: 'the steps, tools and order of their workflow', goal: GOALS[2], maxFollowUps: 2 },
        { id: 'workarounds', text: 'What else do you rely on, besides our product, to get your work done?', mandatory: false, intent: 'other tools, spreadsheets, people and workarounds they rely on', goal: GOALS[2], maxFollowUps: 2 },
        { id: 'success', text: 'Tell me about a recent week when your work went the way you wanted. What made it go well?', mandatory: false, intent: 'what success looks like for them: a good week and what made it good', goal: GOALS[1], maxFollowUps: 1 },
        { id: 'else', text: 'What else about how you work should we know that we haven’t asked about?', mandatory: false, intent: 'anything else about how they work', maxFollowUps: 1 },
      ],
      flow: ['Role and context', 'Goals', 'Behaviours', 'Frustrations', 'Wrap-up'],
    };
  },
};
