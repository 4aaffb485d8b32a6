import { useEffect, useState } from 'preact/hooks';
import type { Study } from '@parley/protocol';
import { useConsole } from '../../session/console-context.ts';
import { useResource } from '../../api/use-resource.ts';
import { asFailure, type ApiFailure } from '../../api/api-failure.ts';
import { SETUP_STEPS, href, navigate, type Route, type SetupStep } from '../../routing/routes.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { SetupSteps } from './setup-steps.tsx';
import { PlanStep } from './plan-step.tsx';
import { ExperienceStep } from './experience-step.tsx';
import { DistributionStep } from './distribution-step.tsx';
import { PublishStep } from './publish-step.tsx';
import { changesOf, draftOf, type DraftChange, type StudyDraft } from './study-draft.ts';

const HEADINGS: Record<SetupStep, { title: string; lead: string }> = {
  plan: { title: 'Refine the plan', lead: 'Parley drafted this from your question. Change anything: the interviewer follows it.' },
  experience: { title: 'The participant experience', lead: 'What people see before, during and after the conversation.' },
  distribution: { title: 'Distribution', lead: 'When the interview appears, who is asked, and how to put it in your app.' },
  publish: { title: 'Publish', lead: 'Going live lets the widget, the loader and the share link start interviews.' },
};

/** Setting up a saved study, one step at a time; each "Continue" saves the step. */
export function SetupPage({ studyId, step }: { studyId: string; step: SetupStep }) {
  const { api } = useConsole();
  const loaded = useResource((signal) => api.get<Study>(`/v1/studies/${studyId}`, signal), studyId);
  const [study, setStudy] = useState<Study | null>(null);
  const [draft, setDraft] = useState<StudyDraft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  useEffect(() => {
    if (loaded.data && loaded.data.id !== study?.id) {
      setStudy(loaded.data);
      setDraft(draftOf(loaded.data));
    }
  }, [loaded.data]);
  useEffect(() => {
    setError(null);
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [step]);
  // Closing or reloading the tab with unsaved edits asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);
  if (loaded.error && !study) return <main id="main" class="page"><ErrorNotice error={loaded.error} onRetry={loaded.reload} /></main>;
  if (!study || !draft) return <main id="main" class="page"><Loading label="Loading the study…" lines={6} /></main>;

  const at = SETUP_STEPS.indexOf(step);
  // Updates read the latest draft, so quick edits in several fields before a re-render never undo each other.
  const change: DraftChange = (update) => (setDraft((d) => (d ? { ...d, ...update(d) } : d)), setDirty(true));
  const save = async (patch: object) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await api.patch<Study>(`/v1/studies/${study.id}`, patch);
      setStudy(saved);
      // The server gave new questions their ids and intents: later saves send those, so ids stay put.
      setDraft((d) => (d && saved.plan.questions ? { ...d, plan: { ...d.plan, questions: saved.plan.questions } } : d));
      setDirty(false);
      return saved;
    } catch (err) {
      setError(asFailure(err));
      return null;
    } finally {
      setBusy(false);
    }
  };
  /** Follows a link of the setup (steps, Back, Open the study), saving unsaved edits first; stays put if saving fails. */
  const leave = async (event: Event, route: Route) => {
    if (!dirty) return;
    event.preventDefault();
    if (await save(changesOf(draft))) navigate(route);
  };
  const next = async (event: Event) => {
    event.preventDefault();
    if (step === 'publish') {
      if (await save({ ...(dirty ? changesOf(draft) : {}), status: 'live' })) navigate({ name: 'study', studyId: study.id, tab: 'share' });
      return;
    }
    if (dirty && !(await save(changesOf(draft)))) return;
    navigate({ name: 'setup', studyId: study.id, step: SETUP_STEPS[at + 1]! });
  };
  const heading = HEADINGS[step];
  return (
    <main id="main" class="page">
      <SetupSteps current={step} studyId={study.id} onLeave={leave} />
      <form onSubmit={next} noValidate>
        <header class="page-head">
          <div>
            <h1 tabIndex={-1}>{heading.title}</h1>
            <p class="muted">{heading.lead}</p>
          </div>
          <StatusBadge status={study.status} />
        </header>
        {step === 'plan' && <PlanStep draft={draft} change={change} issues={error?.issues} />}
        {step === 'experience' && <ExperienceStep draft={draft} change={change} issues={error?.issues} />}
        {step === 'distribution' && <DistributionStep study={study} draft={draft} change={change} issues={error?.issues} />}
        {step === 'publish' && <PublishStep study={study} draft={draft} />}
        {error && <ErrorNotice error={error} />}
        <div class="actions footer">
          {at > 0 ? (
            <a class="button secondary" href={href({ name: 'setup', studyId: study.id, step: SETUP_STEPS[at - 1]! })} onClick={(e) => leave(e, { name: 'setup', studyId: study.id, step: SETUP_STEPS[at - 1]! })}>
              Back
            </a>
          ) : (
            <button type="button" class="secondary" disabled={busy} onClick={async () => (!dirty || (await save(changesOf(draft)))) && navigate({ name: 'studies' })}>
              Save and finish later
            </button>
          )}
          {step === 'publish' && study.status === 'live' ? (
            <a class="button primary" href={href({ name: 'study', studyId: study.id, tab: 'insights' })} onClick={(e) => leave(e, { name: 'study', studyId: study.id, tab: 'insights' })}>
              {dirty ? 'Save and open the study' : 'Open the study'}
            </a>
          ) : (
            <button class="primary" type="submit" disabled={busy}>
              {busy ? 'Saving…' : step === 'publish' ? 'Publish' : 'Save and continue'}
            </button>
          )}
        </div>
      </form>
    </main>
  );
}
