import type { JourneyView, Touchpoint } from '@parley/protocol';
import { StackedBar } from '../../components/charts/stacked-bar.tsx';
import { SentimentMeter } from '../../components/charts/sentiment.tsx';
import { QuoteLink } from './quote-link.tsx';

function Touchpoints({ studyId, title, items }: { studyId: string; title: string; items: Touchpoint[] }) {
  if (!items.length) return null;
  return (
    <div>
      <h3>{title}</h3>
      <ul class="touchpoints">
        {items.map((t) => (
          <li key={`${t.themeId}-${t.stage}`}>
            <strong>{t.label}</strong> {t.stage && <span class="muted small">at {t.stage}</span>} <SentimentMeter score={t.sentiment} />
            {t.quote && <QuoteLink studyId={studyId} quote={t.quote} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The journey map: each stage of the plan's flow with how people felt, and where friction and delight are. */
export function JourneySection({ studyId, journey }: { studyId: string; journey: JourneyView }) {
  const stages = journey.stages.filter((s) => s.turns > 0);
  if (!stages.length) return null;
  return (
    <section class="card" aria-labelledby="journey-h">
      <h2 id="journey-h">Journey</h2>
      <ol class="journey">
        {stages.map((s) => (
          <li key={s.stage}>
            <div class="journey-head">
              <strong>{s.stage}</strong>
              <SentimentMeter score={s.sentiment} />
            </div>
            <StackedBar
              label={`Answers at ${s.stage} by sentiment`}
              parts={[
                { label: 'Negative', value: s.distribution.negative, tone: 'negative' },
                { label: 'Neutral', value: s.distribution.neutral, tone: 'neutral' },
                { label: 'Positive', value: s.distribution.positive, tone: 'positive' },
              ]}
            />
            {s.friction[0] && <p class="small">Friction: {s.friction.map((f) => f.label).join(', ')}</p>}
            {s.delight[0] && <p class="small">Delight: {s.delight.map((f) => f.label).join(', ')}</p>}
          </li>
        ))}
      </ol>
      <div class="grid-2">
        <Touchpoints studyId={studyId} title="Biggest friction" items={journey.friction} />
        <Touchpoints studyId={studyId} title="Moments of delight" items={journey.delight} />
      </div>
    </section>
  );
}
