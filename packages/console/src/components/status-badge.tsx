const LABELS: Record<string, string> = {
  draft: 'Draft',
  live: 'Live',
  closed: 'Closed',
  active: 'In progress',
  completed: 'Completed',
  abandoned: 'Abandoned',
};

/** A study's or a session's status as a coloured word (never colour alone). */
export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge badge-${status}`}>{LABELS[status] ?? status}</span>;
}
