import type { Driver, SupportView } from '@parley/protocol';
import { SentimentMeter } from '../../components/charts/sentiment.tsx';
import { plural } from '../../components/format.ts';
import { QuoteLink } from './quote-link.tsx';

function Drivers({ title, drivers }: { title: string; drivers: Driver[] }) {
  return (
    <div>
      <h3>{title}</h3>
      {drivers.length ? (
        <ul class="drivers">
          {drivers.map((d) => (
            <li key={d.themeId}>
              <strong>{d.label}</strong> <span class="muted small">{plural(d.sessions, 'interview')}</span> <SentimentMeter score={d.sentiment} />
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">None stand out yet.</p>
      )}
    </div>
  );
}

/** What makes support good or bad, and the fixes worth making first, with how many interviews back each and what participants asked for. */
export function SupportSection({ studyId, support }: { studyId: string; support: SupportView }) {
  if (!support.fixes.length && !support.drivers.bad.length && !support.drivers.good.length) return null;
  return (
    <section class="card" aria-labelledby="support-h">
      <h2 id="support-h">Support experience</h2>
      {support.effort.highEffortSessions > 0 && (
        <p>
          {plural(support.effort.highEffortSessions, 'interview')} ({Math.round(support.effort.share * 100)}%) describe a high-effort experience.
        </p>
      )}
      <div class="grid-2">
        <Drivers title="Drivers of bad experiences" drivers={support.drivers.bad} />
        <Drivers title="Drivers of good experiences" drivers={support.drivers.good} />
      </div>
      {support.fixes.length > 0 && (
        <>
          <h3>Fixes, most important first</h3>
          <ol class="fixes">
            {support.fixes.map((f) => (
              <li key={f.themeId}>
                <strong>{f.label}</strong>: {f.suggestion} <span class="muted small">({plural(f.sessions, 'interview')})</span>
                {f.quote && <QuoteLink studyId={studyId} quote={f.quote} />}
                {f.askedFor && f.askedFor.quotes.length > 0 && (
                  <div class="asked-for">
                    <p class="small">What participants asked for ({plural(f.askedFor.sessions, 'interview')}):</p>
                    {f.askedFor.quotes.map((q) => (
                      <QuoteLink key={`${q.sessionId}/${q.turnId}/${q.text}`} studyId={studyId} quote={q} />
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
