import type { Store } from '../../store/store.ts';
import type { Clock, IdGenerator, PlanDrafter } from '../../deps.ts';
import { defaultExperience } from '../../planning/experience.ts';

/** The two studies the demo page runs, one per moment of the product brief. */
export interface DemoStudies {
  support: string;
  onboarding: string;
}

// The triggers are the console's presets as stored (event `support_ticket_solved`, attribute `signedUpAt`), and demo.js
// fires exactly those: a researcher's own preset study and the demo's answer to the same buttons.
const DEMOS = [
  {
    key: 'support' as const,
    title: 'Support experience (demo)',
    question: 'What makes a support experience good or bad for our customers after their ticket is solved?',
    template: 'support' as const,
    triggers: [{ on: 'event' as const, event: 'support_ticket_solved' }],
  },
  {
    key: 'onboarding' as const,
    title: 'Onboarding day 30 (demo)',
    question: 'How did the first month with the product go, from sign-up to everyday use?',
    template: 'journey' as const,
    triggers: [{ on: 'days_since' as const, attribute: 'signedUpAt', days: 30 }],
  },
];

/** Creates the demo studies in the bootstrap workspace unless the saved ids still point at them. */
export async function ensureDemoStudies(
  deps: { store: Store; planner: PlanDrafter; ids: IdGenerator; clock: Clock },
  workspaceId: string,
  saved: Partial<DemoStudies> | undefined,
): Promise<DemoStudies> {
  const out: Partial<DemoStudies> = {};
  for (const demo of DEMOS) {
    const known = saved?.[demo.key];
    if (known && (await deps.store.getStudy(workspaceId, known))) {
      out[demo.key] = known;
      continue;
    }
    const { plan } = await deps.planner.draft({ researchQuestion: demo.question, template: demo.template });
    const now = deps.clock.now().toISOString();
    const study = await deps.store.createStudy({
      id: deps.ids.id('st'),
      workspaceId,
      title: demo.title,
      researchQuestion: demo.question,
      plan: { ...plan, maxTurns: 10 },
      experience: {
        ...defaultExperience(plan, demo.template),
        researcher: { name: 'Alex Rivera', title: 'User researcher at Acme' },
        endCta: { text: 'Thanks for trying the demo. Close this window to get back to Acme Desk.' },
      },
      triggers: demo.triggers,
      targeting: { sampleRate: 1, recontactDays: 0 },
      status: 'live',
      createdAt: now,
      updatedAt: now,
    });
    out[demo.key] = study.id;
  }
  return out as DemoStudies;
}
