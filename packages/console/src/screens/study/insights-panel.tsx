import { useState } from 'preact/hooks';
import type { PlanTemplate, StudyInsights } from '@parley/protocol';
import { useConsole } from '../../session/console-context.ts';
import { useResource } from '../../api/use-resource.ts';
import { href } from '../../routing/routes.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { BarList } from '../../components/charts/bar-list.tsx';
import { StackedBar } from '../../components/charts/stacked-bar.tsx';
import { SentimentMeter, sentimentWord } from '../../components/charts/sentiment.tsx';
import { formatDateTime, plural } from '../../components/format.ts';
import { QuoteLink } from './quote-link.tsx';
import { SegmentBreakdown } from './segment-breakdown.tsx';
import { JourneySection } from './journey-section.tsx';
import { SupportSection } from './support-section.tsx';

/**
 * The views that fit the kind of study lead, the others wait behind "More views": a journey study reads by stage, a
 * support study by drivers and fixes, a persona study by its cards (the personas tab); a custom study shows both.
 */
function StudyViews({ studyId, template, data }: { studyId: string; template: PlanTemplate | null | undefined; data: StudyInsights }) {
  // Until the study itself has loaded its kind is unknown: no views yet, rather than a layout that jumps when it arrives.
  if (template === undefined) return null;
  const journey = <JourneySection studyId={studyId} journey={data.journey} />;
  const support = <SupportSection studyId={studyId} support={data.support} />;
  if (template !== 'journey' && template !== 'support' && template !== 'persona') {
    return (
      <>
        {journey}
        {support}
      </>
    );
  }
  const lead = template === 'journey' ? journey : template === 'support' ? support : null;
  const rest = template === 'journey' ? [support] : template === 'support' ? [journey] : [journey, support];
  return (
    <>
      {template === 'persona' && (
        <section class="card" aria-labelledby="persona-lead-h">
          <h2 id="persona-lead-h">Personas</h2>
          <p>
            This is a persona study: <a href={href({ name: 'study', studyId, tab: 'personas' })}>build persona cards</a> from who people are, what they want and what gets in their way.
          </p>
        </section>
      )}
      {lead}
      <details class="more-views">
        <summary>More views ({template === 'journey' ? 'support drivers' : template === 'support' ? 'journey by stage' : 'journey and support'})</summary>
        {rest}
      </details>
    </>
  );
}

/** How often insights are refreshed while the tab is open: they move as interviews stream in. */
const REFRESH_MS = 4000;

/** The study's findings at a glance: summary, sentiment, themes with quotes, segments, journey and support views. */
export function InsightsPanel({ studyId, template, onReady }: { studyId: string; /** The study's kind; null for none, undefined while the study loads. */ template?: PlanTemplate | null | undefined; onReady?: () => void }) {
  const { api } = useConsole();
  const [segmentBy, setSegmentBy] = useState('');
  const path = `/v1/studies/${studyId}/insights${segmentBy ? `?segmentBy=${encodeURIComponent(segmentBy)}` : ''}`;
  const insights = useResource((signal) => api.get<StudyInsights>(path, signal).finally(() => onReady?.()), path, { pollMs: REFRESH_MS, keepPrevious: true });
  const data = insights.data;
  if (!data) return insights.error ? <ErrorNotice error={insights.error} onRetry={insights.reload} /> : <Loading label="Loading insights…" lines={6} />;
  if (data.sessionsAnalyzed === 0) {
    return (
      <EmptyState title="No interviews analysed yet">
        <p>Insights appear here as soon as people answer, and update with every turn.</p>
        <a class="button primary" href={href({ name: 'study', studyId, tab: 'share' })}>
          Share the study
        </a>
      </EmptyState>
    );
  }
  const d = data.sentiment.distribution;
  return (
    <div class="insights">
      {insights.error && <ErrorNotice error={insights.error} onRetry={insights.reload} />}
      <p class="muted small" aria-live="off">
        {plural(data.sessionsAnalyzed, 'interview')} and {plural(data.turnsAnalyzed, 'answer')} analysed ({data.engine === 'llm' ? 'language model' : 'offline analysis'}) · updated {formatDateTime(data.updatedAt)}
      </p>
      <div class="grid-2">
        <section class="card" aria-labelledby="summary-h">
          <h2 id="summary-h">Summary</h2>
          <p>{data.summary.text}</p>
          {data.summary.source === 'llm' && <p class="muted small">Written by the language model from the figures on this page; its numbers are checked against them.</p>}
          {data.summary.keyFindings.length > 0 && (
            <>
              <h3>Key findings</h3>
              <ul class="findings">
                {data.summary.keyFindings.map((f, i) => (
                  <li key={i}>{f}</li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section class="card" aria-labelledby="sentiment-h">
          <h2 id="sentiment-h">Sentiment</h2>
          <p class="big-number">
            <SentimentMeter score={data.sentiment.average} /> <span class="muted">average, {sentimentWord(data.sentiment.average)}</span>
          </p>
          <StackedBar
            label="Interviews by sentiment"
            parts={[
              { label: 'Negative', value: d.negative, tone: 'negative' },
              { label: 'Neutral', value: d.neutral, tone: 'neutral' },
              { label: 'Positive', value: d.positive, tone: 'positive' },
            ]}
          />
          {Object.keys(data.emotions).length > 0 && (
            <>
              <h3>Emotions expressed</h3>
              <p class="chips">
                {Object.entries(data.emotions)
                  .sort((a, b) => b[1] - a[1])
                  .map(([emotion, n]) => (
                    <span class="chip static" key={emotion}>
                      {emotion} <strong>{n}</strong>
                    </span>
                  ))}
              </p>
            </>
          )}
        </section>
      </div>
      {(data.signals ?? []).length > 0 && (
        <section class="card signals" aria-labelledby="signals-h">
          <h2 id="signals-h">Notable signals</h2>
          <p class="muted small">Raised by even one interview, and worth acting on now.</p>
          <ul class="signal-list">
            {data.signals.map((s) => (
              <li key={`${s.quote.sessionId}/${s.quote.turnId}/${s.kind}`} class={`signal ${s.kind}`}>
                <strong>{s.label}</strong>
                <QuoteLink studyId={studyId} quote={s.quote} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="card" aria-labelledby="themes-h">
        <h2 id="themes-h">Themes</h2>
        <p class="muted small">Interviews raising each theme, of {data.sessionsAnalyzed}; open one for what people said. Themes from fewer than 5 interviews are marked tentative.</p>
        <BarList
          label="Interviews per theme"
          bars={data.themes.map((t) => ({ key: t.id, label: t.label, value: t.count, valueLabel: `${t.count} (${Math.round((t.share ?? 0) * 100)}%)${t.tentative ? ' · tentative' : ''}`, tone: sentimentWord(t.sentiment) }))}
        />
        <div class="themes">
          {data.themes.map((t) => (
            <details key={t.id} class="theme">
              <summary>
                <span class="theme-label">{t.label}</span>
                <span class="muted small">
                  {plural(t.count, 'interview')} of {data.sessionsAnalyzed} · {plural(t.mentions, 'mention')}
                  {t.tentative && <span class="chip static tentative"> tentative</span>}
                </span>
                <SentimentMeter score={t.sentiment} />
              </summary>
              <p>{t.description}</p>
              {t.quotes.map((q) => (
                <QuoteLink key={q.turnId} studyId={studyId} quote={q} />
              ))}
            </details>
          ))}
        </div>
      </section>
      <SegmentBreakdown insights={data} segmentBy={segmentBy} loaded={insights.dataKey === path} onSegmentBy={setSegmentBy} />
      <StudyViews studyId={studyId} template={template} data={data} />
    </div>
  );
}
