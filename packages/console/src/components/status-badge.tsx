import { OUTCOME_LABELS } from '@parley/protocol/session-outcome';

const LABELS: Record<string, string> = {
  draft: 'Draft',
  live: 'Live',
  closed: 'Closed',
  archived: 'Archived',
  test: 'Test',
  active: 'In progress',
  // An interview's outcome (completed, stopped early, abandoned, in progress) in the words the exports use.
  ...OUTCOME_LABELS,
};

/** A study's status or an interview's outcome as a coloured word (never colour alone). */
export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge badge-${status}`}>{LABELS[status] ?? status}</span>;
}
