import { useState } from 'preact/hooks';
import type { Study } from '@parley/protocol';
import { useResource } from '../api/use-resource.ts';
import { useConsole } from '../session/console-context.ts';
import { href } from '../routing/routes.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { Loading } from '../components/loading.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { formatDate } from '../components/format.ts';
import { StudyRowActions } from './study-row-actions.tsx';

/** The workspace's studies, newest first, with how many interviews each has; archived ones on their own view. */
export function StudiesList() {
  const { api } = useConsole();
  const [archived, setArchived] = useState(false);
  const path = `/v1/studies?limit=100${archived ? '&archived=true' : ''}`;
  const studies = useResource((signal) => api.get<{ data: Study[] }>(path, signal), path, { pollMs: 10_000 });
  return (
    <main id="main" class="page">
      <header class="page-head">
        <h1>{archived ? 'Archived studies' : 'Studies'}</h1>
        <div class="button-row">
          <button type="button" class="link" aria-pressed={archived} onClick={() => setArchived(!archived)}>
            {archived ? 'Back to current studies' : 'Show archived studies'}
          </button>
          <a class="button primary" href={href({ name: 'new' })}>
            New study
          </a>
        </div>
      </header>
      {studies.error && <ErrorNotice error={studies.error} onRetry={studies.reload} />}
      {!studies.data && !studies.error && <Loading label="Loading studies…" />}
      {archived && studies.data?.data.length === 0 && <EmptyState title="No archived studies" />}
      {!archived && studies.data?.data.length === 0 && (
        <EmptyState title="No studies yet">
          <p>A study starts from the question you want answered. Parley drafts the interview plan for you.</p>
          <a class="button primary" href={href({ name: 'new' })}>
            Start from a research question
          </a>
        </EmptyState>
      )}
      {studies.data && studies.data.data.length > 0 && (
        <ul class="study-list">
          {studies.data.data.map((study) => (
            <li key={study.id} class="card study-row">
              <div>
                <h2>
                  <a href={href(study.status === 'draft' ? { name: 'setup', studyId: study.id, step: 'plan' } : { name: 'study', studyId: study.id, tab: 'insights' })}>{study.title}</a>
                </h2>
                <p class="muted">{study.researchQuestion}</p>
              </div>
              <dl class="facts">
                <div>
                  <dt>Status</dt>
                  <dd>
                    <StatusBadge status={study.status} />
                  </dd>
                </div>
                <div>
                  <dt>Interviews</dt>
                  <dd>
                    {study.stats.sessions} <span class="muted">({study.stats.completed} completed{study.stats.stoppedEarly ? `, ${study.stats.stoppedEarly} stopped early` : ''})</span>
                  </dd>
                </div>
                <div>
                  <dt>Created</dt>
                  <dd>{formatDate(study.createdAt)}</dd>
                </div>
              </dl>
              <StudyRowActions study={study} onChanged={studies.reload} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
