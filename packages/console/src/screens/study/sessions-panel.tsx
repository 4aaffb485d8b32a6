import { useState } from 'preact/hooks';
import type { Session, SessionOutcome } from '@parley/protocol';
import { useConsole } from '../../session/console-context.ts';
import { useResource } from '../../api/use-resource.ts';
import { href } from '../../routing/routes.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { formatDateTime, plural } from '../../components/format.ts';
import { endedBecause, keyQuestions } from './interview-words.ts';

const PAGE = 25;
/** The list filters by outcome, so each option shows exactly the interviews whose badge reads that word. */
const OUTCOMES: { value: SessionOutcome; label: string }[] = [
  { value: 'in_progress', label: 'in progress' },
  { value: 'completed', label: 'completed' },
  { value: 'stopped_early', label: 'stopped early' },
  { value: 'abandoned', label: 'abandoned' },
];

/** One interview in the list: who, how it went and why it ended, which segment, how far, when. */
function SessionRow({ studyId, session: s }: { studyId: string; session: Session }) {
  const answers = s.turns.filter((t) => t.role === 'participant').length;
  const attributes = Object.entries(s.participant?.attributes ?? {});
  return (
    <tr>
      <th scope="row">
        <a href={href({ name: 'transcript', studyId, sessionId: s.id, turnId: null })}>{s.participant?.id ?? 'Anonymous'}</a>
        <div class="muted small">{s.id}</div>
      </th>
      <td>
        <StatusBadge status={s.outcome} />
        {s.test && <StatusBadge status="test" />}
        {endedBecause(s) && <div class="muted small">{endedBecause(s)}</div>}
      </td>
      <td>
        {attributes.length ? (
          <span class="chips">
            {attributes.map(([k, v]) => (
              <span class="chip static" key={k}>
                {k}: {String(v)}
              </span>
            ))}
          </span>
        ) : (
          <span class="muted">—</span>
        )}
      </td>
      <td>
        <span class="progress" aria-hidden="true">
          {/* Only a completed interview fills the bar: one still running or stopped never looks finished. */}
          <span style={{ width: `${Math.round((s.outcome === 'completed' ? 1 : Math.min(0.95, s.progress.fraction)) * 100)}%` }} />
        </span>
        <span class="small">
          {keyQuestions(s)}
          {s.outcome === 'in_progress' ? ' so far' : ''} · {plural(answers, 'answer')}
        </span>
      </td>
      <td class="small">{formatDateTime(s.startedAt)}</td>
    </tr>
  );
}

/** The study's interviews, newest first, refreshed live; each opens its transcript. */
export function SessionsPanel({ studyId, total }: { studyId: string; total: number | null }) {
  const { api } = useConsole();
  // 'test' lists the team's own test interviews, which every other view leaves out.
  const [outcome, setOutcome] = useState<SessionOutcome | 'test' | ''>('');
  const [pages, setPages] = useState(1);
  const filter = outcome === 'test' ? '&test=true' : outcome ? `&outcome=${outcome}` : '';
  const path = `/v1/sessions?studyId=${studyId}&limit=${Math.min(100, PAGE * pages)}${filter}`;
  const sessions = useResource((signal) => api.get<{ data: Session[]; nextCursor: string | null }>(path, signal), path, { pollMs: 3000, keepPrevious: true });
  const list = sessions.data;
  return (
    <section aria-labelledby="sessions-h">
      <div class="toolbar">
        <h2 id="sessions-h">Interviews</h2>
        <label>
          Show{' '}
          <select value={outcome} onChange={(e) => (setOutcome(e.currentTarget.value as typeof outcome), setPages(1))}>
            <option value="">all{total === null ? '' : ` (${total})`}</option>
            {OUTCOMES.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
            <option value="test">test interviews by your team</option>
          </select>
        </label>
      </div>
      {sessions.error && <ErrorNotice error={sessions.error} onRetry={sessions.reload} />}
      {!list && !sessions.error && <Loading label="Loading interviews…" lines={5} />}
      {list && list.data.length === 0 && (
        <EmptyState title={outcome === 'test' ? 'No test interviews' : outcome ? 'No interviews with this outcome' : 'No interviews yet'}>
          <p>New interviews appear here live, as people answer.</p>
        </EmptyState>
      )}
      {list && list.data.length > 0 && (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Participant</th>
                <th scope="col">Status</th>
                <th scope="col">Segment</th>
                <th scope="col">Progress</th>
                <th scope="col">Started</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((s) => (
                <SessionRow key={s.id} studyId={studyId} session={s} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list?.nextCursor && PAGE * pages < 100 && (
        <button type="button" class="secondary" onClick={() => setPages(pages + 1)}>
          Show more
        </button>
      )}
      {list?.nextCursor && PAGE * pages >= 100 && <p class="muted small">Showing the newest 100. Export the study for all of them.</p>}
    </section>
  );
}
