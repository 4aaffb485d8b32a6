import type { PlanTemplate } from '@parley/protocol';
import { Field } from '../../components/field.tsx';
import { PLAN_TEMPLATES } from './plan-templates.ts';

/** The "Kind of study" choice, as the first draft and a re-draft both ask it. */
export function TemplateSelect({ id, value, onChange }: { id: string; value: PlanTemplate | ''; onChange: (template: PlanTemplate | '') => void }) {
  return (
    <Field id={id} label="Kind of study">
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as PlanTemplate | '')}>
        {PLAN_TEMPLATES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
