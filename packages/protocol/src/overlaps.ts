import { z } from 'zod';
import { named } from './registry.ts';

/** Another live study whose triggers can fire on the same moment as this one, and why: only one of them is shown. */
export const StudyOverlap = named(
  'StudyOverlap',
  z.object({
    studyId: z.string(),
    title: z.string(),
    /** The other study's priority: the higher one wins the moment (ties: the older study). */
    priority: z.number().int(),
    /** Plain sentences for the console, e.g. "Both start on the event support_ticket_solved." */
    reason: z.string(),
  }),
);
export type StudyOverlap = z.infer<typeof StudyOverlap>;

/** Response of `GET /v1/studies/:id/overlaps`, in the order the studies claim a shared moment. */
export const StudyOverlaps = named('StudyOverlaps', z.object({ data: z.array(StudyOverlap) }));
export type StudyOverlaps = z.infer<typeof StudyOverlaps>;
