import { useState } from 'preact/hooks';
import type { DraftPlanResponse, ErrorIssue, PlanTemplate } from '@parley/protocol';
import { useConsole } from '../../session/console-context.ts';
import { asFailure, type ApiFailure } from '../../api/api-failure.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Field } from '../../components/field.tsx';
import { issueAt } from '../../components/issue-words.ts';
import { TemplateSelect } from './template-select.tsx';
import type { DraftChange, StudyDraft } from './study-draft.ts';

/**
 * Starts the plan again: a changed research question or another kind of study, drafted afresh by Parley. The new plan
 * replaces the one on screen (after a confirmation) and is saved with the step, like any edit.
 */
export function RedraftPlan({ draft, change, issues }: { draft: StudyDraft; change: DraftChange; issues?: ErrorIssue[] | undefined }) {
  const { api } = useConsole();
  const [template, setTemplate] = useState<PlanTemplate | ''>(draft.plan.template ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [done, setDone] = useState('');
  const question = draft.researchQuestion.trim();
  const redraft = async () => {
    if (!confirm('Replace the plan on this page (goals, questions, flow, budgets) with a new draft?')) return;
    setBusy(true);
    setError(null);
    setDone('');
    try {
      const { plan } = await api.post<DraftPlanResponse>('/v1/plans', { researchQuestion: question, ...(template ? { template } : {}) });
      change(() => ({ plan }));
      setDone('A new plan is drafted below. Save and continue to keep it.');
    } catch (err) {
      setError(asFailure(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="card redraft" open={Boolean(issueAt(issues, 'researchQuestion'))}>
      <summary>Change the question or the kind of study</summary>
      <Field id="redraft-question" label="Research question" hint={`${question.length} of 10–1,000 characters.`} error={issueAt(issues, 'researchQuestion')}>
        <textarea id="redraft-question" rows={2} maxLength={1000} value={draft.researchQuestion} onInput={(e) => {
            const researchQuestion = e.currentTarget.value;
            change(() => ({ researchQuestion }));
          }} />
      </Field>
      <TemplateSelect id="redraft-template" value={template} onChange={setTemplate} />
      {error && <ErrorNotice error={error} />}
      <div class="button-row">
        <button type="button" class="secondary" disabled={busy || question.length < 10} onClick={redraft}>
          {busy ? 'Drafting…' : 'Draft the plan again'}
        </button>
        <span role="status" class="muted small">
          {done}
        </span>
      </div>
    </details>
  );
}
