const LABELS: Record<string, string> = {
  draft: 'Draft',
  live: 'Live',
  closed: 'Closed',
  active: 'In progress',
  completed: 'Completed',
  abandoned: 'Abandoned',
  in_progress: 'In progress',
  stopped_early: 'Stopped early',
};

/** A study's status or an interview's outcome as a coloured word (never colour alone). */
export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge badge-${status}`}>{LABELS[status] ?? status}</span>;
}
