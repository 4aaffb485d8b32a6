import type { Progress } from '@parley/protocol';
import type { InterviewState } from './state.ts';
import { coverageOf, isCovered } from './coverage.ts';

/**
 * Progress through the guide: `asked` guide questions asked or answered along the way, out of `total` still planned
 * (questions not reached no longer count); `fraction` is the share behind the participant (the open question not
 * included). It is 1 only for an interview that covered its guide: one that was stopped or cut short keeps its real
 * share. `mandatoryCovered` / `mandatoryTotal` count the questions every interview must cover.
 */
export function progressOf(state: InterviewState, completed: boolean, stoppedEarly = false): Progress {
  const statuses = state.guide.map((q) => coverageOf(state, q.id)?.status);
  const asked = statuses.filter((s) => s === 'asked' || s === 'covered').length;
  const planned = state.guide.length - statuses.filter((s) => s === 'not_reached').length;
  const total = Math.max(asked, planned);
  const mandatory = state.guide.filter((q) => q.mandatory);
  const counts = { mandatoryCovered: mandatory.filter((q) => isCovered(state, q.id)).length, mandatoryTotal: mandatory.length };
  if (completed && !stoppedEarly) return { asked, total, fraction: 1, ...counts };
  if (completed) {
    const all = state.guide.length;
    return { asked, total: all, fraction: all === 0 ? 0 : Math.min(0.99, asked / all), ...counts };
  }
  const fraction = total === 0 ? 0 : Math.min(1, Math.max(0, asked - 1) / total);
  return { asked, total, fraction, ...counts };
}
