import type { Progress } from '@parley/protocol';
import type { InterviewState } from './state.ts';

/**
 * Progress through the guide: `asked` guide questions out of `total` still planned (dropped ones no longer count);
 * `fraction` is the share already behind the participant (the open question not included), 1 once completed.
 */
export function progressOf(state: InterviewState, completed: boolean): Progress {
  const asked = state.askedQuestionIds.length;
  const total = Math.max(asked, state.guide.length - (state.dropped?.length ?? 0));
  if (completed) return { asked, total, fraction: 1 };
  const fraction = total === 0 ? 0 : Math.min(1, Math.max(0, asked - 1) / total);
  return { asked, total, fraction };
}
