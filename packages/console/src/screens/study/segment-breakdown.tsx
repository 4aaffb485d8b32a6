import type { StudyInsights } from '@parley/protocol';
import { BarList } from '../../components/charts/bar-list.tsx';
import { SentimentMeter } from '../../components/charts/sentiment.tsx';
import { Field } from '../../components/field.tsx';
import { Loading } from '../../components/loading.tsx';
import { isNoValue, orderSegments, segmentLabel, type SegmentOption } from './segment-value.ts';

/** Sentiment and top themes per value of one participant attribute (plan, channel, issue type…), side by side. */
export function SegmentBreakdown({ insights, segmentBy, loaded, onSegmentBy }: { insights: StudyInsights; segmentBy: string; loaded: boolean; onSegmentBy(attr: string): void }) {
  const attrs = insights.segmentAttributes;
  // How each attribute splits, when the API says (a newer field: read defensively); dates split by month.
  const options = (insights as { segmentOptions?: SegmentOption[] }).segmentOptions ?? [];
  const option = options.find((o) => o.name === segmentBy);
  const kind = option?.kind ?? 'category';
  const segments = orderSegments(insights.segments ?? {}, option);
  return (
    <section class="card" aria-labelledby="segments-h">
      <h2 id="segments-h">By segment</h2>
      {attrs.length === 0 ? (
        <p class="muted">Interviews carry no attributes yet. Pass them with the participant (e.g. plan, channel) to compare segments.</p>
      ) : (
        <>
          <Field id="segment-by" label="Compare by">
            <select id="segment-by" value={segmentBy} onChange={(e) => onSegmentBy(e.currentTarget.value)}>
              <option value="">Choose an attribute…</option>
              {attrs.map((a) => (
                <option key={a} value={a}>
                  {options.find((o) => o.name === a)?.kind === 'date' ? `${a} (by month)` : a}
                </option>
              ))}
            </select>
          </Field>
          {segmentBy && !loaded && <Loading label={`Comparing by ${segmentBy}…`} lines={3} />}
          {segmentBy && loaded && segments.every(([value]) => isNoValue(value)) && <p class="muted">No interview has “{segmentBy}” yet.</p>}
          {segmentBy && loaded && segments.length > 0 && (
            <>
              <BarList label={`Interviews by ${segmentBy}`} bars={segments.map(([value, s]) => ({ key: value, label: segmentLabel(value, kind), value: s.sessions }))} />
              <table class="table segments">
                <caption class="sr-only">Sentiment and top themes by {segmentBy}</caption>
                <thead>
                  <tr>
                    <th scope="col">{segmentBy}</th>
                    <th scope="col">Interviews</th>
                    <th scope="col">Sentiment</th>
                    <th scope="col">Top themes</th>
                  </tr>
                </thead>
                <tbody>
                  {segments.map(([value, s]) => (
                    <tr key={value}>
                      <th scope="row" class={isNoValue(value) ? 'muted' : undefined}>
                        {segmentLabel(value, kind)}
                      </th>
                      <td>{s.sessions}</td>
                      <td>
                        <SentimentMeter score={s.sentiment} />
                      </td>
                      <td>{s.topThemes.join(', ') || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
