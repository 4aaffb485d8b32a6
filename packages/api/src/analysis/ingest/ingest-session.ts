import type { AppDeps } from '../../deps.ts';
import type { SessionWithTurns } from '../../domain/records.ts';
import { presentTurn } from '../../services/present-session.ts';
import type { AnalysisEngine } from '../engine.ts';
import { turnsWithStages } from '../journey-stage.ts';
import type { SessionAnalysis } from '../session-analysis.ts';
import type { StudyEntry } from '../study/study-entry.ts';
import type { Limiter } from './limiter.ts';
import { answersOnly } from './answers-only.ts';

/** How many current theme labels an LLM is shown so it reuses them. */
const KNOWN_THEMES = 25;

/**
 * Analyses the turns of a session that its analysis does not cover yet and marks it for storing. Idempotent: a
 * snapshot whose turns are all covered changes nothing. The engine runs outside the study's lock (LLM requests of
 * several sessions overlap); assigning themes and storing happen inside it, so the model changes one session at a time.
 * Returns true when something changed.
 */
export async function ingestSession(deps: AppDeps, engine: AnalysisEngine, limiter: Limiter, entry: StudyEntry, snapshot: SessionWithTurns): Promise<boolean> {
  // Test sessions never reach the analysis, whichever path hands them in (a live turn, a catch-up).
  if (snapshot.session.test) return false;
  const { model } = entry;
  const sessionId = snapshot.session.id;
  if (snapshot.turns.length <= (model.analyzedTurns.get(sessionId) ?? 0)) return false;
  const coveredIds = () => new Set(model.sessions.get(sessionId)?.turns.map((t) => t.turnId));
  const covered = coveredIds();
  const todo = turnsWithStages(snapshot.turns.map(presentTurn), snapshot.session.state?.guide, entry.frame.flow).filter((t) => !covered.has(t.turn.id));
  if (todo.length === 0) return false;
  const { answers, empty } = answersOnly(todo);
  const fromEngine =
    answers.length === 0
      ? []
      : await limiter.run(() =>
          engine.extract({
            study: { researchQuestion: entry.frame.researchQuestion, flow: entry.frame.flow },
            turns: answers,
            knownThemes: engine.kind === 'llm' ? model.topLabels(KNOWN_THEMES) : [],
          }),
        );
  // Back in transcript order: requests and non-answers are analysed turns too, with nothing in them.
  const order = new Map(todo.map((t, i) => [t.turn.id, i]));
  const extracted = [...fromEngine, ...empty].sort((a, b) => order.get(a.turnId)! - order.get(b.turnId)!);
  return entry.lock.run(async () => {
    // The model may have been reloaded (another process's analyses) while the engine ran: use the current one.
    const model = entry.model;
    const coveredIds = () => new Set(model.sessions.get(sessionId)?.turns.map((t) => t.turnId));
    const previous = model.sessions.get(sessionId);
    const stillNew = coveredIds();
    const fresh = extracted.filter((t) => !stillNew.has(t.turnId));
    if (fresh.length === 0) return false;
    const assigned = model.assign(sessionId, fresh);
    const next: SessionAnalysis = {
      schema: 1,
      sessionId,
      studyId: entry.studyId,
      ...(snapshot.session.participant.id ? { participantId: snapshot.session.participant.id } : {}),
      attributes: snapshot.session.participant.attributes ?? {},
      turns: [...(previous?.turns ?? []), ...assigned],
    };
    model.put(next, snapshot.turns.length, deps.clock.now().toISOString());
    // Stored with the next render (a batch of sessions shares one fsync); until then a crash only means catch-up.
    entry.unsaved.add(sessionId);
    return true;
  });
}
