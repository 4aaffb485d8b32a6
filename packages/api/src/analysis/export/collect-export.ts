import { keyQuestionsNotAsked, type Attributes, type Progress, type QuestionCoverage, type SessionOutcome, type Study, type StudyInsights } from '@parley/protocol';
import { presentCoverage } from '../../services/present-coverage.ts';
import { outcomeOf } from '../../domain/session-outcome.ts';
import type { AppDeps } from '../../deps.ts';
import type { SessionWithTurns } from '../../domain/records.ts';
import type { StudyView } from '../analysis.ts';
import { presentThemes } from '../render/present-themes.ts';

/** One turn in an export, with its analysis when it is a participant turn that was analysed. */
export interface ExportTurn {
  id: string;
  role: 'interviewer' | 'participant';
  text: string;
  at: string;
  analysis?: { sentiment: number; stage: string | null; emotions: string[]; themes: string[]; painPoints: string[]; goals: string[]; quotes: string[]; wishes: string[] };
}

/** One interview in an export. */
export interface ExportSession {
  id: string;
  status: string;
  /** How it went: completed, stopped early, abandoned or in progress (see sessionOutcome). */
  outcome: SessionOutcome;
  endReason?: string;
  progress: Progress;
  /** Mandatory questions asked or answered along the way, of all mandatory ones: progress as a researcher counts it. */
  keyQuestions: { covered: number; total: number };
  /** Each guide question's status, in guide order, as `Session.coverage`. */
  coverage: QuestionCoverage[];
  /** A stopped interview's mandatory questions never asked nor answered (empty for any other outcome). */
  unaskedMandatory: string[];
  participant: { id?: string; attributes?: Attributes };
  startedAt: string;
  endedAt?: string;
  turns: ExportTurn[];
}

/** Everything an export holds: the study, its insights and every transcript (oldest first) with per-turn analysis. */
export interface ExportData {
  study: { id: string; title: string; researchQuestion: string; status: string; createdAt: string };
  exportedAt: string;
  insights: StudyInsights;
  sessions: ExportSession[];
}

/** Gathers a study's export from the store (transcripts) and the analysis (insights, per-turn results). */
export async function collectExport(deps: AppDeps, study: Study, view: StudyView): Promise<ExportData> {
  const all: SessionWithTurns[] = [];
  for (let cursor: string | undefined; ; ) {
    const page = await deps.store.listSessions(study.workspaceId, { studyId: study.id }, { limit: 100, ...(cursor ? { cursor } : {}) });
    all.push(...page.data);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  all.sort((a, b) => (a.session.startedAt < b.session.startedAt ? -1 : a.session.startedAt > b.session.startedAt ? 1 : a.session.id < b.session.id ? -1 : 1));
  const { model } = view.entry;
  const { themes, themeOfCluster } = presentThemes(model);
  const labels = new Map(themes.map((t) => [t.id, t.label]));
  return {
    study: { id: study.id, title: study.title, researchQuestion: study.researchQuestion, status: study.status, createdAt: study.createdAt },
    exportedAt: deps.clock.now().toISOString(),
    insights: view.rendered.insights,
    sessions: all.map(({ session, turns }) => {
      const analysed = new Map(model.sessions.get(session.id)?.turns.map((t) => [t.turnId, t]));
      const outcome = outcomeOf(session);
      const coverage = presentCoverage(session.state, session.status !== 'active');
      return {
        id: session.id,
        status: session.status,
        outcome,
        ...(session.endReason ? { endReason: session.endReason } : {}),
        progress: session.progress,
        keyQuestions: keyQuestionsOf(session.progress, coverage),
        coverage,
        unaskedMandatory: keyQuestionsNotAsked({ outcome, coverage }).map((q) => q.text),
        participant: session.participant,
        startedAt: session.startedAt,
        ...(session.endedAt ? { endedAt: session.endedAt } : {}),
        turns: turns.map((turn) => {
          const a = turn.role === 'participant' ? analysed.get(turn.id) : undefined;
          const themeLabels = a ? [...new Set(a.mentions.map((m) => labels.get(themeOfCluster.get(m.themeId) ?? '')).filter((l): l is string => !!l))] : [];
          return {
            id: turn.id,
            role: turn.role,
            text: turn.text,
            at: turn.at,
            ...(a ? { analysis: { sentiment: a.sentiment, stage: a.stage, emotions: a.emotions, themes: themeLabels, painPoints: a.painPoints, goals: a.goals, quotes: a.quotes, wishes: (a.wishes ?? []).map((w) => w.text) } } : {}),
          };
        }),
      };
    }),
  };
}

/** The interviewer's own count when it gave one; sessions stored before it did are counted from their coverage. */
function keyQuestionsOf(progress: Progress, coverage: QuestionCoverage[]): { covered: number; total: number } {
  if (progress.mandatoryTotal !== undefined) return { covered: progress.mandatoryCovered ?? 0, total: progress.mandatoryTotal };
  const key = coverage.filter((q) => q.mandatory);
  return { covered: key.filter((q) => q.status === 'asked' || q.status === 'covered').length, total: key.length };
}
