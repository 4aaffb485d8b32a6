/** One question of the interview guide, derived from the plan when the session starts. */
export interface GuideQuestion {
  /** Stable within a session: "m1", "m2"… for mandatory questions, "c1"… for core ones. */
  id: string;
  text: string;
  mandatory: boolean;
  /** The plan.flow stage this question belongs to. */
  stage: string;
}

/**
 * Everything the conductor needs to resume an interview, stored with the session (JSON-serialisable).
 * The plan is snapshotted into `guide` so editing a live study does not change running interviews.
 */
export interface InterviewState {
  guide: GuideQuestion[];
  /** Index into `guide` of the question being discussed; equals guide.length once wrap-up was sent. */
  current: number;
  /** Follow-up probes asked about the current question. */
  probes: number;
  /** Ids of guide questions already asked (including mandatory coverage). */
  askedQuestionIds: string[];
  /** Normalised text of every interviewer question asked, so nothing is asked twice. */
  askedTexts: string[];
  /** Participant turns taken so far. */
  turnsUsed: number;
  /** Current stage of plan.flow. */
  stage: string;
  /** Budgets snapshotted from the plan. */
  maxTurns: number;
  maxMinutes: number;
  /** A short rolling summary of earlier answers (key phrases), for compact LLM context. */
  notes: string[];
  /** True once the current question was rephrased after a clarification request (at most once per question). */
  clarified?: boolean;
  /** Ids of guide questions that will not be asked: passed over to protect the budgets, or left when the interview ended. */
  dropped?: string[];
}
