import { z } from 'zod';
import { named } from './registry.ts';
import { AttributeValue, Timestamp, TokenUsage } from './common.ts';
import { Plan, ResearchQuestion } from './plan.ts';

const HttpUrl = z.url({ protocol: /^https?$/ }).max(2000);
const TriggerId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional();

/** What the participant sees around the conversation: welcome, researcher, consent, end call-to-action. */
export const Experience = named(
  'Experience',
  z.strictObject({
    title: z.string().trim().min(1).max(200),
    welcomeMessage: z.string().trim().min(1).max(2000),
    researcher: z
      .strictObject({
        name: z.string().trim().min(1).max(200),
        title: z.string().max(200).optional(),
        bio: z.string().max(1000).optional(),
        avatarUrl: HttpUrl.optional(),
      })
      .optional(),
    endCta: z.strictObject({ text: z.string().trim().min(1).max(200), url: HttpUrl.optional() }).optional(),
    consentText: z.string().max(4000).optional(),
    /** Only participants the host page identified (a participant id) may start it; anonymous starts get 403. */
    requireIdentity: z.boolean().optional(),
    /** Shown when the interview ends, in place of the widget's own thanks. */
    thankYouMessage: z.string().trim().min(1).max(1000).optional(),
  }),
);
export type Experience = z.infer<typeof Experience>;

/** When a study should be offered to a participant. */
export const Trigger = named(
  'Trigger',
  z.discriminatedUnion('on', [
    z.strictObject({
      id: TriggerId,
      on: z.literal('event'),
      event: z.string().trim().min(1).max(200),
      where: z.record(z.string(), AttributeValue).optional(),
      delayMinutes: z.number().int().min(0).max(60 * 24 * 90).optional(),
    }),
    z.strictObject({
      id: TriggerId,
      on: z.literal('days_since'),
      attribute: z.string().min(1).max(64),
      days: z.number().int().min(0).max(3650),
    }),
    z.strictObject({ id: TriggerId, on: z.literal('page_view'), urlPattern: z.string().min(1).max(500) }),
    z.strictObject({ id: TriggerId, on: z.literal('exit_intent') }),
    z.strictObject({ id: TriggerId, on: z.literal('time_on_page'), seconds: z.number().int().min(1).max(3600) }),
  ]),
);
export type Trigger = z.infer<typeof Trigger>;

/** Who may be asked, how often, and how many. */
export const Targeting = named(
  'Targeting',
  z.strictObject({
    sampleRate: z.number().min(0).max(1).default(1),
    recontactDays: z.number().int().min(0).max(3650).default(30),
    maxSessions: z.number().int().min(1).optional(),
    segments: z.record(z.string(), z.union([AttributeValue, z.array(AttributeValue)])).optional(),
  }),
);
export type Targeting = z.infer<typeof Targeting>;

/** Lifecycle of a study: only `live` studies take participants through a publishable key. */
export const StudyStatus = z.enum(['draft', 'live', 'closed']);
export type StudyStatus = z.infer<typeof StudyStatus>;

const studyFields = {
  title: z.string().trim().min(1).max(200).optional(),
  plan: Plan.optional(),
  experience: Experience.optional(),
  triggers: z.array(Trigger).max(20).optional(),
  targeting: Targeting.optional(),
  status: StudyStatus.optional(),
  /** When several live studies want the same moment, the highest priority is shown (ties: the oldest study). */
  priority: z.number().int().min(0).max(100).optional(),
};

/** Body of `POST /v1/studies`. */
export const CreateStudyRequest = named(
  'CreateStudyRequest',
  z.strictObject({ researchQuestion: ResearchQuestion, ...studyFields, status: z.enum(['draft', 'live']).optional() }),
);
export type CreateStudyRequest = z.infer<typeof CreateStudyRequest>;

/** Body of `PATCH /v1/studies/:id`: any of the create fields. */
export const UpdateStudyRequest = named(
  'UpdateStudyRequest',
  z
    .strictObject({
      researchQuestion: ResearchQuestion.optional(),
      ...studyFields,
      /** Archived studies leave the default list (`GET /v1/studies?archived=true` lists them) and take no interviews. */
      archived: z.boolean().optional(),
    })
    .refine((b) => Object.keys(b).length > 0, 'send at least one field to change'),
);
export type UpdateStudyRequest = z.infer<typeof UpdateStudyRequest>;

/**
 * A study's numbers, counting what really happened: `sessions` are interviews someone started (test sessions never
 * count), split by outcome; `shown` and `dismissed` are widget impressions that started nothing; the funnel reads
 * shown → started (`sessions`) → completed. `test` counts the researchers' own test sessions, kept apart.
 */
export const StudyStats = named(
  'StudyStats',
  z.object({
    sessions: z.number().int(),
    completed: z.number().int(),
    stoppedEarly: z.number().int(),
    abandoned: z.number().int(),
    inProgress: z.number().int(),
    shown: z.number().int(),
    dismissed: z.number().int(),
    test: z.number().int(),
  }),
);
export type StudyStats = z.infer<typeof StudyStats>;

/** A study: one research question, its plan, and how participants meet it. */
export const Study = named(
  'Study',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    title: z.string(),
    researchQuestion: z.string(),
    plan: Plan,
    experience: Experience,
    triggers: z.array(Trigger),
    targeting: Targeting,
    status: StudyStatus,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    priority: z.number().int(),
    archived: z.boolean(),
    stats: StudyStats,
    usage: TokenUsage,
  }),
);
export type Study = z.infer<typeof Study>;

/** Query of `GET /v1/studies`. */
export const ListStudiesQuery = z.object({
  /** `true` lists only archived studies; by default they are left out. */
  archived: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(200).optional(),
});
export type ListStudiesQuery = z.infer<typeof ListStudiesQuery>;

/** Response of `GET /v1/studies/:id/welcome`: what a widget shows before anyone starts (no session is created). */
export const StudyWelcome = named(
  'StudyWelcome',
  z.object({ study: z.object({ id: z.string(), experience: Experience, language: z.string() }) }),
);
export type StudyWelcome = z.infer<typeof StudyWelcome>;

/** Body of `POST /v1/impressions`: the widget was shown, or declined with "Not now", without an interview starting. */
export const ImpressionRequest = named(
  'ImpressionRequest',
  z.strictObject({
    studyId: z.string().min(1).max(100),
    kind: z.enum(['shown', 'dismissed']),
    participantId: z.string().trim().min(1).max(200).optional(),
  }),
);
export type ImpressionRequest = z.infer<typeof ImpressionRequest>;
