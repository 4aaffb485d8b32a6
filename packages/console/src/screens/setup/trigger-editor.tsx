import type { Trigger } from '@parley/protocol';
import { Field } from '../../components/field.tsx';
import { DelayInput, describeDelay } from './delay-input.tsx';
import { SIGNED_UP_AT, TRIGGER_PRESETS } from './trigger-presets.ts';

/** What a trigger does, in a sentence. */
export function describeTrigger(t: Trigger): string {
  switch (t.on) {
    case 'event':
      return `When your app sends “${t.event || '…'}”${t.delayMinutes ? `, ${describeDelay(t.delayMinutes)} later` : ''}`;
    case 'days_since':
      return `${t.days} days after “${t.attribute}”`;
    case 'page_view':
      return `When someone views ${t.urlPattern}`;
    case 'exit_intent':
      return 'When someone is about to leave the page';
    case 'time_on_page':
      return `After ${t.seconds} s on a page`;
  }
}

const int = (value: string) => Math.max(0, Math.round(Number(value) || 0));

/** The fields of one trigger. */
function TriggerFields({ trigger: t, index, set }: { trigger: Trigger; index: number; set(t: Trigger): void }) {
  const id = `trigger-${index}`;
  switch (t.on) {
    case 'event':
      return (
        <div class="two">
          <Field id={`${id}-event`} label="Event name">
            <input id={`${id}-event`} required value={t.event} onInput={(e) => set({ ...t, event: e.currentTarget.value })} />
          </Field>
          <DelayInput id={`${id}-delay`} minutes={t.delayMinutes ?? 0} onChange={(delayMinutes) => set({ ...t, delayMinutes })} />
        </div>
      );
    case 'days_since':
      return (
        <div class="two">
          <Field id={`${id}-attribute`} label="Date attribute" hint={`A participant attribute holding a date, e.g. ${SIGNED_UP_AT}.`}>
            <input id={`${id}-attribute`} required value={t.attribute} onInput={(e) => set({ ...t, attribute: e.currentTarget.value })} />
          </Field>
          <Field id={`${id}-days`} label="Days after">
            <input id={`${id}-days`} type="number" min={0} value={t.days} onInput={(e) => set({ ...t, days: int(e.currentTarget.value) })} />
          </Field>
        </div>
      );
    case 'page_view':
      return (
        <Field id={`${id}-url`} label="Page" hint="A path such as /billing* (* matches anything) or a whole URL.">
          <input id={`${id}-url`} required value={t.urlPattern} onInput={(e) => set({ ...t, urlPattern: e.currentTarget.value })} />
        </Field>
      );
    case 'time_on_page':
      return (
        <Field id={`${id}-seconds`} label="Seconds on the page">
          <input id={`${id}-seconds`} type="number" min={1} value={t.seconds} onInput={(e) => set({ ...t, seconds: Math.max(1, int(e.currentTarget.value)) })} />
        </Field>
      );
    case 'exit_intent':
      return <p class="hint">Detected by the Parley loader on your pages.</p>;
  }
}

/** The list of moments a study is offered at, with presets to add more. */
export function TriggerEditor({ triggers, onChange }: { triggers: Trigger[]; onChange(triggers: Trigger[]): void }) {
  return (
    <fieldset class="triggers">
      <legend>When to interview</legend>
      {triggers.length === 0 && <p class="hint">No triggers: the study is reached only through its share link, invitations or the embed code.</p>}
      <ol>
        {triggers.map((t, i) => (
          <li key={i} class="trigger card">
            <div class="trigger-head">
              <strong>{describeTrigger(t)}</strong>
              <button type="button" class="icon" aria-label={`Remove trigger ${i + 1}`} onClick={() => onChange(triggers.filter((_, j) => j !== i))}>
                ✕
              </button>
            </div>
            <TriggerFields trigger={t} index={i} set={(next) => onChange(triggers.map((x, j) => (j === i ? next : x)))} />
          </li>
        ))}
      </ol>
      <div class="presets" role="group" aria-label="Add a trigger">
        {TRIGGER_PRESETS.map((p) => (
          <button type="button" class="chip" key={p.label} onClick={() => onChange([...triggers, p.make()])}>
            + {p.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
