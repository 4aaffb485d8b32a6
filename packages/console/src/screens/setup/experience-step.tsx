import type { ErrorIssue, Experience } from '@parley/protocol';
import { issueAt } from '../../components/issue-words.ts';
import { useConsole } from '../../session/console-context.ts';
import { Field } from '../../components/field.tsx';
import { WidgetPreview } from '../../components/widget-preview.tsx';
import { cleanExperience, type DraftChange, type StudyDraft } from './study-draft.ts';

/** What participants see: title, welcome, who is asking, consent, who may take part, the thanks and the end button, with a live preview. */
export function ExperienceStep({ draft, change, issues }: { draft: StudyDraft; change: DraftChange; issues?: ErrorIssue[] | undefined }) {
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
        <Field id="exp-title" error={issueAt(issues, 'experience.title')} label="Title" hint="Shown at the top of the interview.">
          <input id="exp-title" required maxLength={200} value={e.title} onInput={(ev) => set({ title: ev.currentTarget.value })} />
        </Field>
        <Field id="exp-welcome" error={issueAt(issues, 'experience.welcomeMessage')} label="Welcome message">
          <textarea id="exp-welcome" rows={3} required maxLength={2000} value={e.welcomeMessage} onInput={(ev) => set({ welcomeMessage: ev.currentTarget.value })} />
        </Field>
        <fieldset>
          <legend>Researcher (optional)</legend>
          <p class="hint">A real name makes people more willing to talk.</p>
          <div class="two">
            <Field id="exp-researcher-name" error={issueAt(issues, 'experience.researcher.name')} label="Name">
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
        <Field id="exp-consent" error={issueAt(issues, 'experience.consentText')} label="Consent text (optional)" hint="How answers are used and kept.">
          <textarea id="exp-consent" rows={2} maxLength={4000} value={e.consentText ?? ''} onInput={(ev) => set({ consentText: ev.currentTarget.value })} />
        </Field>
        <div class="field check">
          <input id="exp-require-identity" type="checkbox" checked={Boolean(e.requireIdentity)} aria-describedby="exp-require-identity-hint" onChange={(ev) => set({ requireIdentity: ev.currentTarget.checked })} />
          <label for="exp-require-identity">Only people signed in to your app</label>
          <p class="hint" id="exp-require-identity-hint">
            The interview starts only when your page tells Parley who the person is (a participant id). Leave it off for share links sent to people without an account.
          </p>
        </div>
        <fieldset>
          <legend>At the end (optional)</legend>
          <Field id="exp-thanks" error={issueAt(issues, 'experience.thankYouMessage')} label="Thank-you message" hint="Shown when the interview ends, instead of the standard thanks.">
            <textarea id="exp-thanks" rows={2} maxLength={1000} value={e.thankYouMessage ?? ''} onInput={(ev) => set({ thankYouMessage: ev.currentTarget.value })} />
          </Field>
          <div class="two">
            <Field id="exp-cta-text" error={issueAt(issues, 'experience.endCta.text')} label="Call to action" hint="E.g. “Back to your tickets”.">
              <input id="exp-cta-text" value={cta.text} onInput={(ev) => setCta({ text: ev.currentTarget.value })} />
            </Field>
            <Field id="exp-cta-url" error={issueAt(issues, 'experience.endCta.url')} label="Its link (optional)" hint="https://…: the words become a button to it; without a link they are a closing line.">
              <input id="exp-cta-url" type="url" value={cta.url ?? ''} onInput={(ev) => setCta({ url: ev.currentTarget.value })} />
            </Field>
          </div>
        </fieldset>
      </div>
      <WidgetPreview api={api.base} experience={cleanExperience(e)} />
    </div>
  );
}
