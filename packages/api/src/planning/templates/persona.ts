import type { TemplateSpec } from './template-spec.ts';

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
      goals: [
        'Understand participants’ context — role, team, company size and plan — so findings can be split by segment',
        'Identify the goals participants are pursuing, and what success looks like to them',
        'Map the behaviours, tools and workarounds they rely on today',
        'Surface the frustrations that get in their way, in their own words',
      ],
      targetParticipants: 'A mix of customer types, plans and company sizes: new, long-standing and recently churned customers.',
      mandatoryQuestions: [
        'Tell me a bit about your role and what a typical week looks like for you.',
        'Thinking about the last time you used our product, what were you trying to get done?',
        'Think of a recent time something got in the way of your work — what happened?',
      ],
      coreQuestions: [
        'Tell me about your company — roughly how many people work there, and who else is involved in this work with you?',
        'How did you first come across us, and what was going on for you at the time?',
        'Walk me through how you did that, step by step.',
        'What other tools, people or workarounds did you rely on to get it done?',
        'What did you do about it at the time?',
        'What else about how you work should we know that we haven’t asked about?',
      ],
      flow: ['Role and context', 'Goals', 'Behaviours', 'Frustrations', 'Wrap-up'],
    };
  },
};
