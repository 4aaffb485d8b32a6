import type { PlanTemplate } from '@parley/protocol';

/** The kinds of study Parley drafts plans for, as the researcher picks them ('' lets Parley choose from the question). */
export const PLAN_TEMPLATES: { value: PlanTemplate | ''; label: string }[] = [
  { value: '', label: 'Let Parley choose from the question' },
  { value: 'support', label: 'Support experience (after a ticket is solved)' },
  { value: 'journey', label: 'Customer journey (onboarding, adoption)' },
  { value: 'persona', label: 'Personas (who our users are and what they need)' },
  { value: 'custom', label: 'Something else' },
];
