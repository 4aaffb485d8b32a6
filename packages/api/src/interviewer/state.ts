/** One question of the interview guide, derived from the plan when the session starts. */
export interface GuideQuestion {
  /** Stable within a session: the plan question's id ("m1", "c2"… for plans written as the two lists). */
  id: string;
  text: string;
  mandatory: boolean;
  /** The plan.flow stage this question belongs to. */
  stage: string;
  /** What the study needs to learn from it; earlier answers that say this cover the question. Empty when the plan gives none. */
  intent?: string;
  /** The plan goal it serves. */
  goal?: string;
  /** Asked word for word; otherwise a strategy may reword it to build on what was said. */
  verbatim?: boolean;
  /** Follow-ups this question may get. */
  maxFollowUps?: number;
}

/** Where a guide question stands: asked, covered by an earlier answer, skipped by the participant, or not reached. */
export type CoverageStatus = 'asked' | 'covered' | 'skipped' | 'not_reached';

/** One guide question's coverage. */
export interface QuestionCoverage {
  status: CoverageStatus;
  /** The participant's words that covered it (status `covered`), or that answered it. */
  evidence?: string;
  /** The participant turn (1-based count) at which the status was set. */
  turn?: number;
}

/** The follow-up ladder a story is dug along, in order (when → what happened → what did you do → how did it feel → how did it end → why does it matter). */
export type Rung = 'when' | 'what_happened' | 'what_did' | 'feel' | 'end' | 'why_matters' | 'example';

/**
 * Everything the conductor needs to resume an interview, stored with the session (JSON-serialisable).
 * The plan is snapshotted into `guide` so editing a live study does not change running interviews.
 * Fields marked optional were added later: sessions stored before them still resume.
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
  /** Per guide question id: asked / covered / skipped / not reached. Questions absent here are still to come. */
  coverage?: Record<string, QuestionCoverage>;
  /** Follow-ups asked in the whole interview (their budget is reserved apart from the questions'). */
  followUps?: number;
  /** Rungs of the follow-up ladder already answered for the current question's story. */
  rungs?: Rung[];
  /** The pinned story: the incident, facts and feelings told so far; unlike `notes` it never rotates out. */
  story?: string[];
  /** The language the interview speaks (the plan's, or the session locale's). */
  language?: string;
  /** The participant turn at which they said they are short of time: one last mandatory question, then the wrap-up. */
  hurryAt?: number;
  /** Per guide question id still to come: a word of the participant's it can build on when asked ("chat"). */
  hints?: Record<string, string>;
  /** True once the interviewer said it will continue in the interview language after the participant wrote in another. */
  languageNoticeGiven?: boolean;
}
