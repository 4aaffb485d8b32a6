import type { StudyInsights } from '@parley/protocol';
import { BarList } from '../../components/charts/bar-list.tsx';
import { SentimentMeter } from '../../components/charts/sentiment.tsx';
import { Field } from '../../components/field.tsx';
import { Loading } from '../../components/loading.tsx';

/** Sentiment and top themes per value of one participant attribute (plan, channel, issue type…), side by side. */
export function SegmentBreakdown({ insights, segmentBy, loaded, onSegmentBy }: { insights: StudyInsights; segmentBy: string; loaded: boolean; onSegmentBy(attr: string): void }) {
  const attrs = insights.segmentAttributes;
  const segments = Object.entries(insights.segments ?? {}).sort((a, b) => b[1].sessions - a[1].sessions);
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
                  {a}
                </option>
              ))}
            </select>
          </Field>
          {segmentBy && !loaded && <Loading label={`Comparing by ${segmentBy}…`} lines={3} />}
          {segmentBy && loaded && segments.length === 0 && <p class="muted">No interview has “{segmentBy}” yet.</p>}
          {segmentBy && loaded && segments.length > 0 && (
            <>
              <BarList label={`Interviews by ${segmentBy}`} bars={segments.map(([value, s]) => ({ key: value, label: value, value: s.sessions }))} />
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
                      <th scope="row">{value}</th>
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
