import { useMemo, useRef, useState } from 'preact/hooks';
import type { DraftPlanResponse, Plan, PlanTemplate, Study } from '@parley/protocol';
import { useConsole } from '../../session/console-context.ts';
import { asFailure, type ApiFailure } from '../../api/api-failure.ts';
import { navigate } from '../../routing/routes.ts';
import { attemptId } from '../../api/attempt-id.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Field } from '../../components/field.tsx';
import { SetupSteps } from './setup-steps.tsx';
import { TemplateSelect } from './template-select.tsx';

const EXAMPLES = [
  'Why do customers who contact support about billing leave unhappy?',
  'What gets in the way of new teams in their first 30 days?',
  'How do people decide to upgrade to the Pro plan?',
];

/** Step one of a new study: the research question. Parley drafts the plan from it and saves the study as a draft. */
export function QuestionStep() {
  const { api } = useConsole();
  const [question, setQuestion] = useState('');
  const [template, setTemplate] = useState<PlanTemplate | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  // One key per attempt at this form: a double click or a retry after a lost answer never makes two studies.
  const attempt = useMemo(() => attemptId(), [question, template]);
  // The plan drafted for this attempt is kept: a retry must send the very same body with the same key.
  const drafted = useRef<{ attempt: string; plan: Plan } | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const researchQuestion = question.trim();
      const plan = drafted.current?.attempt === attempt ? drafted.current.plan : (await api.post<DraftPlanResponse>('/v1/plans', { researchQuestion, ...(template ? { template } : {}) })).plan;
      drafted.current = { attempt, plan };
      const study = await api.post<Study>('/v1/studies', { researchQuestion, plan, status: 'draft' }, { idempotencyKey: `console-new-study-${attempt}` });
      navigate({ name: 'setup', studyId: study.id, step: 'plan' });
    } catch (err) {
      setError(asFailure(err));
      setBusy(false);
    }
  };
  const length = question.trim().length;
  return (
    <main id="main" class="page narrow">
      <SetupSteps current="question" />
      <form class="card" onSubmit={submit}>
        <h1>What do you want to learn?</h1>
        <p class="muted">Write the question your team needs answered. Parley drafts an interview plan from it, which you can change next.</p>
        <Field id="research-question" label="Research question" hint={`${length} of 10–1,000 characters.`}>
          <textarea id="research-question" rows={3} minLength={10} maxLength={1000} required value={question} onInput={(e) => setQuestion(e.currentTarget.value)} aria-describedby="research-question-hint" />
        </Field>
        <div class="examples" aria-label="Examples">
          {EXAMPLES.map((example) => (
            <button type="button" class="chip" key={example} onClick={() => setQuestion(example)}>
              {example}
            </button>
          ))}
        </div>
        <TemplateSelect id="template" value={template} onChange={setTemplate} />
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <a class="button secondary" href="#/">
            Cancel
          </a>
          <button class="primary" type="submit" disabled={busy || length < 10}>
            {busy ? 'Drafting the plan…' : 'Draft the plan'}
          </button>
        </div>
      </form>
    </main>
  );
}
