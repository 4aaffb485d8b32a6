import type { ErrorIssue, Plan } from '@parley/protocol';
import { Field } from '../../components/field.tsx';
import { ListEditor } from '../../components/list-editor.tsx';
import { issueAt } from '../../components/issue-words.ts';
import { RedraftPlan } from './redraft-plan.tsx';
import { RECOMMENDED_MANDATORY, rowIssues, type DraftChange, type StudyDraft } from './study-draft.ts';

const RESEARCH_TYPES: Plan['researchType'][] = ['exploratory', 'discovery', 'evaluative', 'generative'];

/** Refine the drafted plan: goals, the questions the interviewer must and should ask, the flow, and the budgets; `issues` of a refused save show under their rows. */
export function PlanStep({ draft, change, issues }: { draft: StudyDraft; change: DraftChange; issues?: ErrorIssue[] | undefined }) {
  const plan = draft.plan;
  const set = (next: Partial<Plan>) => change((d) => ({ plan: { ...d.plan, ...next } }));
  const mandatory = plan.mandatoryQuestions.filter((q) => q.trim()).length;
  return (
    <div class="form-grid">
      <RedraftPlan draft={draft} change={change} issues={issues} />
      <Field id="study-title" label="Study name" hint="Only your team sees it." error={issueAt(issues, 'title')}>
        <input id="study-title" required maxLength={200} value={draft.title} onInput={(e) => {
            const title = e.currentTarget.value;
            change(() => ({ title }));
          }} />
      </Field>
      <Field id="plan-description" label="What this study is about" error={issueAt(issues, 'plan.description')}>
        <textarea id="plan-description" rows={3} value={plan.description} onInput={(e) => set({ description: e.currentTarget.value })} />
      </Field>
      <div class="two">
        <Field id="plan-type" label="Kind of research">
          <select id="plan-type" value={plan.researchType} onChange={(e) => set({ researchType: e.currentTarget.value as Plan['researchType'] })}>
            {RESEARCH_TYPES.map((t) => (
              <option key={t} value={t}>
                {t[0]!.toUpperCase() + t.slice(1)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="plan-participants" label="Who to talk to" error={issueAt(issues, 'plan.targetParticipants')}>
          <input id="plan-participants" value={plan.targetParticipants} onInput={(e) => set({ targetParticipants: e.currentTarget.value })} />
        </Field>
      </div>
      <ListEditor id="plan-goals" label="Goal" items={plan.goals} onChange={(goals) => set({ goals })} addLabel="Add a goal" hint="At least three: what the team should know once the interviews are in." errors={rowIssues(issues, 'goals')} error={issueAt(issues, 'plan.goals')} />
      <ListEditor
        id="plan-mandatory"
        label="Mandatory question"
        items={plan.mandatoryQuestions}
        onChange={(mandatoryQuestions) => set({ mandatoryQuestions })}
        addLabel="Add a mandatory question"
        multiline
        errors={rowIssues(issues, 'mandatoryQuestions')}
        hint={
          <>
            Asked word for word in every interview. We recommend {RECOMMENDED_MANDATORY} at most.
            {mandatory > RECOMMENDED_MANDATORY && (
              <strong class="warning" role="status">
                {' '}
                You have {mandatory}: each one leaves less time for the follow-up questions that find the why.
              </strong>
            )}
          </>
        }
      />
      <ListEditor
        id="plan-core"
        label="Core question"
        items={plan.coreQuestions}
        onChange={(coreQuestions) => set({ coreQuestions })}
        addLabel="Add a core question"
        multiline
        hint="The interviewer weaves these in and follows up where the answers are interesting. Ask each one openly and on its own: no yes/no questions, no “that” pointing at another question, no list of answers to pick from."
        errors={rowIssues(issues, 'coreQuestions')}
        error={issueAt(issues, 'plan.coreQuestions')}
      />
      <ListEditor id="plan-flow" label="Stage" items={plan.flow} onChange={(flow) => set({ flow })} addLabel="Add a stage" hint="The conversation's stages, in order: five at most." errors={rowIssues(issues, 'flow')} error={issueAt(issues, 'plan.flow')} />
      <div class="three">
        <Field id="plan-turns" label="Interview length (turns)" hint="4–60 interviewer turns." error={issueAt(issues, 'plan.maxTurns')}>
          <input id="plan-turns" type="number" min={4} max={60} value={plan.maxTurns} onInput={(e) => e.currentTarget.value !== '' && set({ maxTurns: Number(e.currentTarget.value) })} />
        </Field>
        <Field id="plan-minutes" label="Time limit (minutes)" hint="1–120." error={issueAt(issues, 'plan.maxMinutes')}>
          <input id="plan-minutes" type="number" min={1} max={120} value={plan.maxMinutes} onInput={(e) => e.currentTarget.value !== '' && set({ maxMinutes: Number(e.currentTarget.value) })} />
        </Field>
        <Field id="plan-language" label="Language" hint='A BCP 47 tag, e.g. "en", "fr".' error={issueAt(issues, 'plan.language')}>
          <input id="plan-language" value={plan.language} onInput={(e) => set({ language: e.currentTarget.value })} />
        </Field>
      </div>
    </div>
  );
}
