import type { Experience } from '@parley/protocol';
import { useConsole } from '../../session/console-context.ts';
import { Field } from '../../components/field.tsx';
import { WidgetPreview } from '../../components/widget-preview.tsx';
import { cleanExperience, type DraftChange, type StudyDraft } from './study-draft.ts';

/** What participants see: title, welcome, who is asking, consent and the end call-to-action, with a live preview. */
export function ExperienceStep({ draft, change }: { draft: StudyDraft; change: DraftChange }) {
  const { api } = useConsole();
  const e = draft.experience;
  const researcher = e.researcher ?? { name: '' };
  const cta = e.endCta ?? { text: '' };
  const setResearcher = (next: Partial<NonNullable<Experience['researcher']>>) =>
    change((d) => ({ experience: { ...d.experience, researcher: { name: '', ...d.experience.researcher, ...next } } }));
  const setCta = (next: Partial<NonNullable<Experience['endCta']>>) => change((d) => ({ experience: { ...d.experience, endCta: { text: '', ...d.experience.endCta, ...next } } }));
  const set = (next: Partial<Experience>) => change((d) => ({ experience: { ...d.experience, ...next } }));
  
  return (
    <div class="with-preview">
      <div class="form-grid">
        <Field id="exp-title" label="Title" hint="Shown at the top of the interview.">
          <input id="exp-title" required maxLength={200} value={e.title} onInput={(ev) => set({ title: ev.currentTarget.value })} />
        </Field>
        <Field id="exp-welcome" label="Welcome message">
          <textarea id="exp-welcome" rows={3} required maxLength={2000} value={e.welcomeMessage} onInput={(ev) => set({ welcomeMessage: ev.currentTarget.value })} />
        </Field>
        <fieldset>
          <legend>Researcher (optional)</legend>
          <p class="hint">A real name makes people more willing to talk.</p>
          <div class="two">
            <Field id="exp-researcher-name" label="Name">
              <input id="exp-researcher-name" value={researcher.name} onInput={(ev) => setResearcher({ name: ev.currentTarget.value })} />
            </Field>
            <Field id="exp-researcher-title" label="Role">
              <input id="exp-researcher-title" value={researcher.title ?? ''} onInput={(ev) => setResearcher({ title: ev.currentTarget.value })} />
            </Field>
          </div>
          <Field id="exp-researcher-bio" label="A line about them">
            <input id="exp-researcher-bio" value={researcher.bio ?? ''} onInput={(ev) => setResearcher({ bio: ev.currentTarget.value })} />
          </Field>
        </fieldset>
        <Field id="exp-consent" label="Consent text (optional)" hint="How answers are used and kept.">
          <textarea id="exp-consent" rows={2} maxLength={4000} value={e.consentText ?? ''} onInput={(ev) => set({ consentText: ev.currentTarget.value })} />
        </Field>
        <fieldset>
          <legend>At the end (optional)</legend>
          <div class="two">
            <Field id="exp-cta-text" label="Button text">
              <input id="exp-cta-text" value={cta.text} onInput={(ev) => setCta({ text: ev.currentTarget.value })} />
            </Field>
            <Field id="exp-cta-url" label="Link (https://…)">
              <input id="exp-cta-url" type="url" value={cta.url ?? ''} onInput={(ev) => setCta({ url: ev.currentTarget.value })} />
            </Field>
          </div>
        </fieldset>
      </div>
      <WidgetPreview api={api.base} experience={cleanExperience(e)} />
    </div>
  );
}
