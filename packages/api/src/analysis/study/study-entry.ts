import type { Store } from '../../store/store.ts';
import { readSessionAnalysis } from '../session-analysis.ts';
import { SerialLock } from '../ingest/serial-lock.ts';
import { readStoredInsights, type StoredInsights, type StudyFrame } from '../render/render-insights.ts';
import { StudyModel } from './study-model.ts';
import type { SentenceEmbedder } from '../meaning/sentence-vectors.ts';

/** One study as the analysis side holds it in memory. */
export interface StudyEntry {
  key: string;
  workspaceId: string;
  studyId: string;
  /** Replaced as a whole when another process's analyses are loaded (always inside `lock`). */
  model: StudyModel;
  frame: StudyFrame & { researchQuestion: string };
  /** Every change of the model and every render happens inside this lock. */
  lock: SerialLock;
  /** Sessions whose analysis changed since it was last stored (stored with the next render). */
  unsaved: Set<string>;
  /** The last render (also stored), and the model version it shows. */
  rendered: StoredInsights | null;
  usedAt: number;
  /** The store's analysis revision when the model was loaded, and this process's saves since: any other difference is another process's work. */
  revision: number;
  ownSaves: number;
  /** When the store's revision was last compared (ms since epoch). */
  checkedAt: number;
  /**
   * The latest model-written summary, the model version and the number of interviews it was written from: shown
   * instead of the offline one while the study has about that many interviews (analysis.ts stillCurrent).
   */
  written: { text: string; keyFindings: string[]; version: number; sessions: number } | null;
  /** When a written summary was last asked for (ms since epoch; 0 = never). */
  summarizedAt: number;
  /** The figures the last model summary was asked for: the same figures are not summarised twice. */
  summarizedFigures?: string;
}

/** The key of a study in the analysis side's maps. */
export function studyKey(workspaceId: string, studyId: string): string {
  return `${workspaceId}\u0000${studyId}`;
}

/**
 * Builds a study's model from its stored session analyses (no engine call: assignments to themes were stored), in
 * the order the sessions were first analysed. Null when the study does not exist in this workspace.
 * With `fresh`, stored analyses are ignored (a rebuild re-analyses every session).
 */
export async function loadStudyEntry(store: Store, workspaceId: string, studyId: string, options: { fresh?: boolean; embedder?: SentenceEmbedder } = {}): Promise<StudyEntry | null> {
  const study = await store.getStudy(workspaceId, studyId);
  if (!study) return null;
  const model = new StudyModel(workspaceId, studyId, options.embedder);
  // Read before the analyses: a save landing in between only makes the next comparison load again.
  const revision = await store.analysisRevision(workspaceId, studyId);
  const records = options.fresh ? [] : await store.listSessionAnalyses(workspaceId, studyId);
  const loaded = records
    .map((record) => ({ record, analysis: readSessionAnalysis(record.data) }))
    .filter((x) => x.analysis !== null && x.analysis.turns.length > 0)
    .sort((a, b) => (a.analysis!.turns[0]!.at < b.analysis!.turns[0]!.at ? -1 : a.analysis!.turns[0]!.at > b.analysis!.turns[0]!.at ? 1 : a.record.sessionId < b.record.sessionId ? -1 : 1));
  for (const { record, analysis } of loaded) model.load(analysis!, record.analyzedTurns, record.updatedAt);
  const stored = options.fresh ? null : readStoredInsights(await store.getStudyInsights(workspaceId, studyId));
  // Stored insights that count what the model holds are current; anything else is rendered again on first use.
  const current = stored && stored.insights.sessionsAnalyzed === model.totals.sessions && stored.insights.turnsAnalyzed === model.totals.turns;
  return {
    key: studyKey(workspaceId, studyId),
    workspaceId,
    studyId,
    model,
    frame: { studyId, flow: study.plan.flow, createdAt: study.createdAt, researchQuestion: study.researchQuestion },
    lock: new SerialLock(),
    unsaved: new Set(),
    rendered: current ? { ...stored, version: model.version } : null,
    usedAt: Date.now(),
    revision,
    ownSaves: 0,
    checkedAt: Date.now(),
    // A written summary survives a restart through the stored insights; unless they are current, it is shown (while the
    // interview count is about the one it was written from) until a new one is written (version -1 never matches the
    // model, so one is asked for).
    written:
      stored?.insights.summary.source === 'llm'
        ? { text: stored.insights.summary.text, keyFindings: stored.insights.summary.keyFindings, version: current ? model.version : -1, sessions: stored.insights.sessionsAnalyzed }
        : null,
    summarizedAt: 0,
  };
}
