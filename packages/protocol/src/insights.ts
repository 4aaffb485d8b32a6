import { z } from 'zod';
import { named } from './registry.ts';
import { Timestamp } from './common.ts';

// Every field name below is part of API.md's "Analysis" contract or an addition to it: add fields, never rename.

/** Sentiment on a -1 (very negative) … 1 (very positive) scale. */
const Score = z.number().min(-1).max(1);

/** A participant's own words, pointing at the turn they come from. */
export const Quote = named('Quote', z.object({ sessionId: z.string(), turnId: z.string(), text: z.string() }));
export type Quote = z.infer<typeof Quote>;

/** What a notable signal is about: each matters even when only one interview raises it. */
export const SignalKind = z.enum(['security', 'legal', 'churn', 'competitor', 'escalation']);
export type SignalKind = z.infer<typeof SignalKind>;

/** One interview's sentence that carries a notable signal (a churn threat, a lawyer, another customer's data…), most serious first. */
export const NotableSignal = named(
  'NotableSignal',
  z.object({ kind: SignalKind, label: z.string(), quote: Quote, at: z.string() }),
);
export type NotableSignal = z.infer<typeof NotableSignal>;

/** A theme of the study: what participants talk about, how often (`count` = sessions) and how they feel about it. */
export const InsightTheme = named(
  'InsightTheme',
  z.object({
    id: z.string(),
    label: z.string(),
    description: z.string(),
    count: z.number().int().min(0),
    /** Participant turns that mention it (a session can mention a theme several times). */
    mentions: z.number().int().min(0),
    sentiment: Score,
    quotes: z.array(Quote),
    /** `count` of `sessionsAnalyzed`, 0…1: the share of interviews that raised it (per interview, never per mention). */
    share: z.number().min(0).max(1),
    /** True when fewer than 5 interviews raised it: a lead to follow, not a finding to quote. */
    tentative: z.boolean(),
  }),
);
export type InsightTheme = z.infer<typeof InsightTheme>;

/** How the analysed sessions split by sentiment, and their average. */
export const SentimentSummary = named(
  'SentimentSummary',
  z.object({
    average: Score,
    /** Sessions by the sign of their average sentiment. */
    distribution: z.object({ negative: z.number().int(), neutral: z.number().int(), positive: z.number().int() }),
  }),
);
export type SentimentSummary = z.infer<typeof SentimentSummary>;

/** One value of the `segmentBy` attribute. */
export const SegmentInsight = named(
  'SegmentInsight',
  z.object({ sessions: z.number().int(), sentiment: Score, topThemes: z.array(z.string()) }),
);
export type SegmentInsight = z.infer<typeof SegmentInsight>;

/**
 * One attribute `segmentBy` accepts, as the console offers it: `category` values are the attribute's own; `date`
 * attributes (timestamps such as signedUpAt) split by calendar month ("2026-11", UTC). `values` are the segment keys
 * in display order; "(none)" (always last) holds the interviews whose participant lacks the attribute.
 */
export const SegmentOption = named(
  'SegmentOption',
  z.object({ name: z.string(), kind: z.enum(['category', 'date']), values: z.array(z.string()) }),
);
export type SegmentOption = z.infer<typeof SegmentOption>;

/** A theme at one place in the journey, as friction (negative) or delight (positive). */
export const Touchpoint = named(
  'Touchpoint',
  z.object({ themeId: z.string(), label: z.string(), stage: z.string().nullable(), mentions: z.number().int(), sentiment: Score, quote: Quote.nullable() }),
);
export type Touchpoint = z.infer<typeof Touchpoint>;

/** One stage of the interview plan's flow, with how participants felt while talking about it. */
export const JourneyStage = named(
  'JourneyStage',
  z.object({
    stage: z.string(),
    sessions: z.number().int(),
    turns: z.number().int(),
    sentiment: Score,
    distribution: z.object({ negative: z.number().int(), neutral: z.number().int(), positive: z.number().int() }),
    emotions: z.array(z.string()),
    friction: z.array(Touchpoint),
    delight: z.array(Touchpoint),
  }),
);
export type JourneyStage = z.infer<typeof JourneyStage>;

/** Journey mapping: stages × sentiment, and the strongest friction and delight touchpoints overall. */
export const JourneyView = named(
  'JourneyView',
  z.object({ stages: z.array(JourneyStage), friction: z.array(Touchpoint), delight: z.array(Touchpoint) }),
);
export type JourneyView = z.infer<typeof JourneyView>;

/** A theme that goes with better or worse experiences: `impact` = sentiment of sessions raising it minus the study's average. */
export const Driver = named(
  'Driver',
  z.object({ themeId: z.string(), label: z.string(), sessions: z.number().int(), sentiment: Score, impact: z.number() }),
);
export type Driver = z.infer<typeof Driver>;

/** A fix worth making, ranked (`priority` 1 first) by how many sessions raise the problem and how badly they feel about it. */
export const Fix = named(
  'Fix',
  z.object({
    priority: z.number().int().min(1),
    themeId: z.string(),
    label: z.string(),
    suggestion: z.string(),
    sessions: z.number().int(),
    sentiment: Score,
    quote: Quote.nullable(),
    /** What participants themselves asked for that would fix it: how many interviews asked, and up to three of their wishes, closest first. */
    askedFor: z.object({ sessions: z.number().int(), quotes: z.array(Quote) }).optional(),
  }),
);
export type Fix = z.infer<typeof Fix>;

/** Support experience: drivers of good and bad experiences, split by channel / issue type / outcome, and fixes. */
export const SupportView = named(
  'SupportView',
  z.object({
    drivers: z.object({ good: z.array(Driver), bad: z.array(Driver) }),
    /** attribute (channel, issue type, outcome…) → value → its sessions, sentiment and the themes behind good and bad. */
    breakdowns: z.record(
      z.string(),
      z.record(z.string(), z.object({ sessions: z.number().int(), sentiment: Score, good: z.array(z.string()), bad: z.array(z.string()) })),
    ),
    effort: z.object({ highEffortSessions: z.number().int(), share: z.number().min(0).max(1) }),
    fixes: z.array(Fix),
  }),
);
export type SupportView = z.infer<typeof SupportView>;

/** Response of `GET /v1/studies/:id/insights`. */
export const StudyInsights = named(
  'StudyInsights',
  z.object({
    studyId: z.string(),
    sessionsAnalyzed: z.number().int(),
    /** Participant turns analysed. */
    turnsAnalyzed: z.number().int(),
    updatedAt: Timestamp,
    /** Which engine extracted the turns: "offline" (classic NLP) or "llm". */
    engine: z.enum(['offline', 'llm']),
    /** `source`: "offline" (written from the figures by rules) or "llm" (written by the model from the same figures, in the background; its numbers are checked against them). */
    summary: z.object({ text: z.string(), keyFindings: z.array(z.string()), source: z.enum(['offline', 'llm']) }),
    themes: z.array(InsightTheme),
    sentiment: SentimentSummary,
    /** Present when `?segmentBy=` was given: one entry per value of that attribute. */
    segments: z.record(z.string(), SegmentInsight).optional(),
    /** The participant attributes the analysed sessions carry, i.e. what `segmentBy` accepts. */
    segmentAttributes: z.array(z.string()),
    /** The same attributes with how each splits and its segment keys (absent from servers that predate it). */
    segmentOptions: z.array(SegmentOption).optional(),
    /** How often each emotion was expressed (participant turns). */
    emotions: z.record(z.string(), z.number().int()),
    journey: JourneyView,
    support: SupportView,
    /** Sentences that matter even from a single interview (security, legal, churn, a competitor, escalation), most serious and newest first, at most 20. */
    signals: z.array(NotableSignal),
  }),
);
export type StudyInsights = z.infer<typeof StudyInsights>;

/** One interview at a glance: what happened in the participant's own sentences, key quotes, feeling, themes, signals and question coverage. */
export const InterviewSummary = named(
  'InterviewSummary',
  z.object({
    sessionId: z.string(),
    studyId: z.string(),
    /** False until at least one answer has been analysed (then every list is empty and `text` says so). */
    analysed: z.boolean(),
    /** What happened, built from the participant's own sentences (their story, the main pain, how it ended). */
    text: z.string(),
    sentiment: Score,
    /** "clearly negative" … "clearly positive". */
    feeling: z.string(),
    keyQuotes: z.array(Quote),
    /** The study themes this interview raised, with the feeling of its mentions of each. */
    themes: z.array(z.object({ id: z.string(), label: z.string(), sentiment: Score })),
    signals: z.array(NotableSignal),
    /** Key questions covered (asked, or answered before being asked), and those never reached. */
    questions: z.object({ covered: z.number().int(), total: z.number().int(), notReached: z.array(z.string()) }),
  }),
);
export type InterviewSummary = z.infer<typeof InterviewSummary>;

/** Query of `GET /v1/studies/:id/insights`. */
export const InsightsQuery = z.object({
  segmentBy: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be a participant attribute name: 1–64 characters of A–Z, a–z, 0–9, _ . : or -')
    .optional(),
});
export type InsightsQuery = z.infer<typeof InsightsQuery>;

/** Body of `POST /v1/studies/:id/ask`. */
export const AskRequest = named(
  'AskRequest',
  z.strictObject({ question: z.string().trim().min(3, 'must be at least 3 characters').max(500) }),
);
export type AskRequest = z.infer<typeof AskRequest>;

/** The answer to a question about a study's interviews; every citation is a real participant turn. */
export const AskResponse = named('AskResponse', z.object({ answer: z.string(), citations: z.array(Quote) }));
export type AskResponse = z.infer<typeof AskResponse>;

/** SSE event names of the ask stream; wire names, never rename. */
export const AskStreamEvent = { delta: 'delta', done: 'done', error: 'error' } as const;

/** Body of `POST /v1/studies/:id/personas`. */
export const PersonasRequest = named('PersonasRequest', z.strictObject({ count: z.number().int().min(2).max(6).optional() }));
export type PersonasRequest = z.infer<typeof PersonasRequest>;

/** A persona: a group of participants who said and did similar things, with a real quote and the sessions behind it. */
export const Persona = named(
  'Persona',
  z.object({
    name: z.string(),
    quote: z.string(),
    /** Where `quote` was said. */
    quoteSource: z.object({ sessionId: z.string(), turnId: z.string() }),
    goals: z.array(z.string()),
    frustrations: z.array(z.string()),
    behaviors: z.array(z.string()),
    context: z.string(),
    sessionIds: z.array(z.string()),
  }),
);
export type Persona = z.infer<typeof Persona>;

/** Response of `POST /v1/studies/:id/personas`. */
export const PersonasResponse = named(
  'PersonasResponse',
  z.object({
    personas: z.array(Persona),
    /** Why there are fewer personas than asked for, or none ("the 8 interviews are too few to tell groups apart…"); absent when there are as many. */
    note: z.string().optional(),
  }),
);
export type PersonasResponse = z.infer<typeof PersonasResponse>;

/** Query of `GET /v1/studies/:id/export`. */
export const ExportQuery = z.object({ format: z.enum(['json', 'csv', 'md']).default('json') });
export type ExportQuery = z.infer<typeof ExportQuery>;
