import type { Targeting } from '@parley/protocol';
import { Field } from '../../components/field.tsx';

type Segments = NonNullable<Targeting['segments']>;

/** Segments as the researcher types them: one `attribute = value, value` per line. */
export function segmentsToText(segments: Segments | undefined): string {
  return Object.entries(segments ?? {})
    .map(([k, v]) => `${k} = ${(Array.isArray(v) ? v : [v]).join(', ')}`)
    .join('\n');
}

/** Lines of the segments box that are not `attribute = value`, so the researcher sees what was not understood. */
export function unreadSegmentLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() && !/^\s*[^=\s][^=]*=\s*\S/.test(line));
}

/** Reads `attribute = value, value` lines back (plain numbers and true/false become typed values; "01234" stays text). */
export function textToSegments(text: string): Segments | undefined {
  const out: Segments = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at < 1) continue;
    const key = line.slice(0, at).trim();
    const values = line
      .slice(at + 1)
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean)
      .map((v) => (v === 'true' ? true : v === 'false' ? false : /^-?(0|[1-9]\d*)(\.\d+)?$/.test(v) ? Number(v) : v));
    if (key && values.length) out[key] = values.length === 1 ? values[0]! : values;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Who may be asked, how often and how many: sampling, recontact, quota, segments. */
export function TargetingEditor({ targeting: t, onChange, segmentsText, onSegmentsText }: { targeting: Targeting; onChange(t: Targeting): void; segmentsText: string; onSegmentsText(text: string): void }) {
  return (
    <fieldset>
      <legend>Who to ask</legend>
      <div class="three">
        <Field id="sample-rate" label="Ask this share of eligible people (%)" hint="100 asks everyone who matches.">
          <input
            id="sample-rate"
            type="number"
            min={0}
            max={100}
            step={1}
            value={Math.round(t.sampleRate * 100)}
            // An emptied box is someone mid-typing, not "ask nobody": the rate changes only on a number.
            onInput={(e) => e.currentTarget.value !== '' && onChange({ ...t, sampleRate: Math.min(100, Math.max(0, Number(e.currentTarget.value))) / 100 })}
          />
        </Field>
        <Field id="recontact-days" label="Days before asking the same person again" hint="Across all studies of the workspace.">
          <input id="recontact-days" type="number" min={0} value={t.recontactDays} onInput={(e) => e.currentTarget.value !== '' && onChange({ ...t, recontactDays: Math.max(0, Math.round(Number(e.currentTarget.value))) })} />
        </Field>
        <Field id="max-sessions" label="Stop after this many interviews" hint="Empty: no limit.">
          <input
            id="max-sessions"
            type="number"
            min={1}
            value={t.maxSessions ?? ''}
            onInput={(e) => {
              const { maxSessions: _drop, ...rest } = t;
              const n = Math.round(Number(e.currentTarget.value));
              onChange(e.currentTarget.value && n >= 1 ? { ...rest, maxSessions: n } : rest);
            }}
          />
        </Field>
      </div>
      <Field id="segments" label="Only people with these attributes (optional)" hint="One per line, e.g. plan = pro, business">
        <textarea id="segments" rows={2} value={segmentsText} onInput={(e) => onSegmentsText(e.currentTarget.value)} />
      </Field>
      {unreadSegmentLines(segmentsText).length > 0 && (
        <p class="warning" role="status">
          Not understood, so not applied: {unreadSegmentLines(segmentsText).map((l) => `“${l.trim()}”`).join(', ')}. Write attribute = value.
        </p>
      )}
    </fieldset>
  );
}
