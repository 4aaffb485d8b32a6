import type { Parley, Study } from '@parley/sdk';

/** The event this example reports to Parley; the study below listens for it. */
export const TICKET_SOLVED_EVENT = 'support_ticket_solved';

/** Finds the live "after your support case" study listening for solved tickets, or creates it. */
export async function ensureSupportStudy(parley: Parley): Promise<Study> {
  for await (const study of parley.studies.list({ limit: 100 })) {
    if (study.status === 'live' && study.triggers.some((t) => t.on === 'event' && t.event === TICKET_SOLVED_EVENT)) return study;
  }
  return parley.studies.create({
    title: 'After your support case',
    researchQuestion: 'What made the support experience good or bad for customers whose ticket was just solved?',
    triggers: [{ on: 'event', event: TICKET_SOLVED_EVENT }],
    // Ask each customer at most once a month, whichever study would ask them.
    targeting: { recontactDays: 30 },
    status: 'live',
  });
}
