import { useEffect } from 'preact/hooks';
import type { InterviewSummary, Session } from '@parley/protocol';
import { keyQuestionsNotAsked } from '@parley/protocol/session-outcome';
import { useConsole } from '../../session/console-context.ts';
import { useResource } from '../../api/use-resource.ts';
import { href } from '../../routing/routes.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { endedBecause, keyQuestions } from './interview-words.ts';
import { formatDateTime } from '../../components/format.ts';

/** One interview, turn by turn; a citation's turn is scrolled to, highlighted and focused. Live while in progress. */
export function TranscriptPage({ studyId, sessionId, turnId }: { studyId: string; sessionId: string; turnId: string | null }) {
  const { api } = useConsole();
  const session = useResource((signal) => api.get<Session>(`/v1/sessions/${sessionId}`, signal), sessionId, { pollMs: 3000 });
  const summary = useResource((signal) => api.get<InterviewSummary>(`/v1/sessions/${sessionId}/summary`, signal), `${sessionId}/summary`, { pollMs: 5000, keepPrevious: true });
  const s = session.data;
  const notAsked = s ? keyQuestionsNotAsked(s) : [];
  const loaded = Boolean(s);
  useEffect(() => {
    if (!loaded) return;
    const target = turnId ? document.getElementById(`turn-${turnId}`) : document.querySelector<HTMLElement>('main h1');
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [loaded, turnId]);
  return (
    <main id="main" class="page narrow">
      <nav aria-label="Breadcrumb" class="crumbs">
        <a href={href({ name: 'study', studyId, tab: 'sessions' })}>← All interviews</a>
      </nav>
      {session.error && <ErrorNotice error={session.error} onRetry={session.reload} />}
      {!s && !session.error && <Loading label="Loading the transcript…" lines={8} />}
      {s && (
        <>
          <header class="page-head">
            <div>
              <h1 tabIndex={-1}>Interview with {s.participant?.id ?? 'an anonymous participant'}</h1>
              <p class="muted small">
                {s.id} · started {formatDateTime(s.startedAt)}
                {s.endedAt ? ` · ended ${formatDateTime(s.endedAt)}` : ''}
              </p>
            </div>
            <div class="button-row">
              <StatusBadge status={s.outcome} />
              {s.test && <StatusBadge status="test" />}
            </div>
          </header>
          <p class="small">
            {keyQuestions(s)}
            {endedBecause(s) ? ` · ${endedBecause(s)}` : ''}
          </p>
          {notAsked.length > 0 && (
            <section class="notice" aria-labelledby="unasked-heading">
              <h2 id="unasked-heading" class="small">Key questions not asked</h2>
              <ul>
                {notAsked.map((q) => (
                  <li key={q.questionId}>{q.text}</li>
                ))}
              </ul>
            </section>
          )}
          {summary.data?.analysed && (
            <section class="card interview-summary" aria-labelledby="interview-summary-h">
              <h2 id="interview-summary-h">At a glance</h2>
              <p>{summary.data.text}</p>
              {summary.data.themes.length > 0 && (
                <p class="chips">
                  {summary.data.themes.map((t) => (
                    <span class="chip static" key={t.id}>
                      {t.label}
                    </span>
                  ))}
                </p>
              )}
              {summary.data.signals.map((sig) => (
                <p class="notice small" key={`${sig.quote.turnId}/${sig.kind}`}>
                  <strong>{sig.label}:</strong> “{sig.quote.text}”
                </p>
              ))}
            </section>
          )}
          {Object.keys(s.participant?.attributes ?? {}).length > 0 && (
            <p class="chips">
              {Object.entries(s.participant!.attributes!).map(([k, v]) => (
                <span class="chip static" key={k}>
                  {k}: {String(v)}
                </span>
              ))}
            </p>
          )}
          {turnId && !s.turns.some((t) => t.id === turnId) && (
            <p class="notice" role="status">
              The cited turn ({turnId}) is not in this interview.
            </p>
          )}
          <ol class="transcript">
            {s.turns.map((t) => (
              <li key={t.id} id={`turn-${t.id}`} tabIndex={-1} class={`turn ${t.role}${t.id === turnId ? ' cited' : ''}`}>
                <span class="who">
                  {t.role === 'interviewer' ? 'Interviewer' : 'Participant'}
                  {t.id === turnId && <span class="cited-label"> · cited</span>}
                </span>
                <p>{t.text}</p>
                <span class="muted small">{formatDateTime(t.at)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </main>
  );
}
