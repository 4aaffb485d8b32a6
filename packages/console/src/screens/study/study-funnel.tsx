import type { StudyStats } from '@parley/protocol';
import { OUTCOME_LABELS } from '@parley/protocol/session-outcome';
import { plural } from '../../components/format.ts';

/**
 * A study's funnel: shown → started → completed, with the interviews that stopped early, were abandoned or still run
 * beside "completed", so the steps add up. Researchers' test interviews are counted apart, never in the funnel.
 * Stats from an older server (only sessions and completed) still read correctly.
 */
export function StudyFunnel({ stats }: { stats: StudyStats }) {
  const { sessions, completed } = stats;
  const stoppedEarly = stats.stoppedEarly ?? 0;
  const abandoned = stats.abandoned ?? 0;
  const inProgress = stats.inProgress ?? 0;
  const shown = stats.shown ?? 0;
  const others = [
    { n: stoppedEarly, label: OUTCOME_LABELS.stopped_early.toLowerCase() },
    { n: abandoned, label: OUTCOME_LABELS.abandoned.toLowerCase() },
    { n: inProgress, label: OUTCOME_LABELS.in_progress.toLowerCase() },
  ].filter((o) => o.n > 0);
  return (
    <div class="small">
      <ol class="funnel" aria-label="Funnel">
        <li>
          <strong>{shown}</strong> shown
          {stats.dismissed ? <span class="muted"> ({stats.dismissed} said not now)</span> : null}
        </li>
        <li>
          <strong>{sessions}</strong> started
        </li>
        <li>
          <strong>{completed}</strong> {OUTCOME_LABELS.completed.toLowerCase()}
          {others.length > 0 && <span class="muted"> ({others.map((o) => `${o.n} ${o.label}`).join(', ')})</span>}
        </li>
      </ol>
      {stats.test ? <p class="muted small">{plural(stats.test, 'test interview')} by your team, not counted.</p> : null}
    </div>
  );
}
