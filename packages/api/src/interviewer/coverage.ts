import type { CoverageStatus, GuideQuestion, InterviewState, QuestionCoverage } from './state.ts';

/** The longest piece of participant text kept as a question's evidence. */
const MAX_EVIDENCE_CHARS = 300;

/**
 * Where a guide question stands. Sessions stored before per-question coverage existed have only the asked and
 * dropped lists; they read as asked and not reached.
 */
export function coverageOf(state: Readonly<InterviewState>, id: string): QuestionCoverage | undefined {
  const known = state.coverage?.[id];
  if (known) return known;
  if (state.askedQuestionIds.includes(id)) return { status: 'asked' };
  if (state.dropped?.includes(id)) return { status: 'not_reached' };
  return undefined;
}

/** True once a question needs no asking: asked, covered by an earlier answer, skipped, or given up. */
export function isSettled(state: Readonly<InterviewState>, id: string): boolean {
  return coverageOf(state, id) !== undefined;
}

/** True when the question was asked or its intent was answered without asking it. */
export function isCovered(state: Readonly<InterviewState>, id: string): boolean {
  const status = coverageOf(state, id)?.status;
  return status === 'asked' || status === 'covered';
}

/** Guide questions still to come (not settled), in guide order, leaving out `except` (the one being discussed). */
export function unsettled(state: Readonly<InterviewState>, except?: number): GuideQuestion[] {
  return state.guide.filter((q, i) => i !== except && !isSettled(state, q.id));
}

/** Mandatory questions still to come, leaving out the one being discussed. */
export function mandatoryLeft(state: Readonly<InterviewState>, except?: number): number {
  return unsettled(state, except).filter((q) => q.mandatory).length;
}

/**
 * Records a question's status on a state being built (mutates `state`, which must be a fresh copy). A question
 * once asked or covered keeps that status; skipping it is recorded over "asked". The older lists are kept in step
 * for readers that still use them.
 */
export function setCoverage(state: InterviewState, id: string, status: CoverageStatus, evidence?: string): void {
  const before = coverageOf(state, id);
  if (before && (before.status === 'covered' || before.status === 'skipped')) return;
  if (before?.status === 'asked' && status !== 'skipped') {
    if (evidence && !before.evidence) state.coverage = { ...state.coverage, [id]: { ...before, evidence: clip(evidence) } };
    return;
  }
  const entry: QuestionCoverage = { status, turn: state.turnsUsed, ...(evidence ? { evidence: clip(evidence) } : {}) };
  state.coverage = { ...migrated(state), [id]: entry };
  if (status === 'asked' && !state.askedQuestionIds.includes(id)) state.askedQuestionIds = [...state.askedQuestionIds, id];
  if (status === 'not_reached' && !state.dropped?.includes(id)) state.dropped = [...(state.dropped ?? []), id];
}

/** The coverage map, filled in from the older lists for sessions stored before it existed. */
function migrated(state: InterviewState): Record<string, QuestionCoverage> {
  if (state.coverage) return state.coverage;
  const map: Record<string, QuestionCoverage> = {};
  for (const id of state.askedQuestionIds) map[id] = { status: 'asked' };
  for (const id of state.dropped ?? []) map[id] ??= { status: 'not_reached' };
  return map;
}

function clip(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_EVIDENCE_CHARS ? `${clean.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : clean;
}
