import { useEffect, useState } from 'preact/hooks';
import type { Study } from '@parley/protocol';
import { useConsole } from '../../session/console-context.ts';
import { useResource } from '../../api/use-resource.ts';
import { asFailure, type ApiFailure } from '../../api/api-failure.ts';
import { STUDY_TABS, href, type StudyTab } from '../../routing/routes.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { InsightsPanel } from './insights-panel.tsx';
import { SessionsPanel } from './sessions-panel.tsx';
import { AskPanel } from './ask-panel.tsx';
import { PersonasPanel } from './personas-panel.tsx';
import { SharePanel } from './share-panel.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { StudyFunnel } from './study-funnel.tsx';
import { OverlapWarnings } from '../overlap-warnings.tsx';

const TAB_LABELS: Record<StudyTab, string> = { insights: 'Insights', sessions: 'Interviews', ask: 'Ask', personas: 'Personas', share: 'Share' };

/** Performance mark set when the study page first shows its study and insights (read by bench/console-tti). */
export const STUDY_READY_MARK = 'parley:study-ready';

/** A study: its status and numbers, and tabs for insights, interviews, ask, personas and sharing. */
export function StudyPage({ studyId, tab }: { studyId: string; tab: StudyTab }) {
  const { api } = useConsole();
  const loaded = useResource((signal) => api.get<Study>(`/v1/studies/${studyId}`, signal), studyId, { pollMs: 5000 });
  const [changed, setChanged] = useState<Study | null>(null);
  const [insightsShown, setInsightsShown] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [changing, setChanging] = useState(false);
  const study = loaded.data && changed && changed.updatedAt > loaded.data.updatedAt ? changed : loaded.data;
  useEffect(() => {
    if (study && insightsShown && !performance.getEntriesByName(STUDY_READY_MARK).length) performance.mark(STUDY_READY_MARK);
  }, [Boolean(study), insightsShown]);
  if (!study && loaded.error) {
    return (
      <main id="main" class="page">
        <ErrorNotice error={loaded.error} onRetry={loaded.reload} />
      </main>
    );
  }
  const setStatus = async (status: 'live' | 'closed') => {
    if (status === 'closed' && !confirm('Close this study? The widget, links and invitations stop starting interviews; you can reopen it later.')) return;
    setError(null);
    setChanging(true);
    try {
      setChanged(await api.patch<Study>(`/v1/studies/${studyId}`, { status }));
      loaded.reload();
    } catch (err) {
      setError(asFailure(err));
    } finally {
      setChanging(false);
    }
  };
  return (
    <main id="main" class="page">
      <nav aria-label="Breadcrumb" class="crumbs">
        <a href={href({ name: 'studies' })}>← Studies</a>
      </nav>
      {!study && <Loading label="Loading the study…" lines={3} />}
      {study && (
        <header class="page-head study-head">
          <div>
            <h1>
              {study.title} <StatusBadge status={study.status} />
              {study.archived && <StatusBadge status="archived" />}
            </h1>
            <p class="muted">{study.researchQuestion}</p>
            <StudyFunnel stats={study.stats} />
            <OverlapWarnings studyId={studyId} priority={study.priority ?? 0} version={study.updatedAt}>
              <p class="small">
                To change which goes first, set the priority in <a href={href({ name: 'setup', studyId, step: 'distribution' })}>the setup</a>.
              </p>
            </OverlapWarnings>
          </div>
          <div class="button-row">
            <a class="button secondary" href={href({ name: 'setup', studyId, step: 'plan' })}>
              Edit setup
            </a>
            {study.status === 'draft' && (
              <a class="button primary" href={href({ name: 'setup', studyId, step: 'publish' })}>
                Publish…
              </a>
            )}
            {study.status === 'live' && (
              <button type="button" class="secondary" disabled={changing} onClick={() => setStatus('closed')}>
                Close study
              </button>
            )}
            {study.status === 'closed' && (
              <button type="button" class="primary" disabled={changing} onClick={() => setStatus('live')}>
                Reopen
              </button>
            )}
          </div>
        </header>
      )}
      {error && <ErrorNotice error={error} />}
      <div class="tabs-row">
        <nav aria-label="Study sections">
          <ul class="tabs">
            {STUDY_TABS.map((t) => (
              <li key={t}>
                <a href={href({ name: 'study', studyId, tab: t })} aria-current={t === tab ? 'page' : undefined}>
                  {TAB_LABELS[t]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <ExportButtons studyId={studyId} />
      </div>
      {/* The panels load their data alongside the study's (one round trip, not two). */}
      <div class="tab-panel">
        {tab === 'insights' && <InsightsPanel key={studyId} studyId={studyId} template={study ? (study.plan.template ?? null) : undefined} onReady={() => setInsightsShown(true)} />}
        {tab === 'sessions' && <SessionsPanel key={studyId} studyId={studyId} total={study?.stats.sessions ?? null} />}
        {tab === 'ask' && <AskPanel key={studyId} studyId={studyId} />}
        {tab === 'personas' && <PersonasPanel key={studyId} studyId={studyId} />}
        {tab === 'share' && (study ? <SharePanel study={study} /> : <Loading label="Loading the study…" />)}
      </div>
    </main>
  );
}
