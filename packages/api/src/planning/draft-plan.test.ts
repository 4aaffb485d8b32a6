import { describe, expect, it } from 'vitest';
import { Plan, PlanTemplate } from '@parley/protocol';
import { createTextNlp } from '../interviewer/offline/nlp.ts';
import { draftPlanOffline } from './draft-plan.ts';

const nlp = createTextNlp();
const draft = (researchQuestion: string, extra: { template?: PlanTemplate; language?: string } = {}) => draftPlanOffline({ researchQuestion, ...extra }, nlp);

describe('choosing a template from the research question', () => {
  it.each([
    ['What frustrates support customers after their ticket is closed?', 'support'],
    ['How satisfied are customers with how our agents resolve billing issues?', 'support'],
    ['What makes the help desk experience slow for enterprise customers?', 'support'],
    ['How do new customers experience onboarding in their first month?', 'journey'],
    ['What happens between signing up and the first purchase?', 'journey'],
    ['Map the renewal journey of enterprise accounts', 'journey'],
    ['Who are our main types of customers and what are they trying to achieve?', 'persona'],
    ['What are the needs of different customer segments by company size?', 'persona'],
    ['What goals and frustrations do small business owners have when managing invoices?', 'persona'],
    ['Why do users abandon the checkout?', 'custom'],
    ['How do agencies manage client billing with our tool?', 'custom'],
  ] as const)('%j → %s', (question, template) => {
    const result = draft(question);
    expect(result.template).toBe(template);
    expect(() => Plan.parse(result.plan)).not.toThrow();
  });

  it('uses the template asked for, whatever the words say', () => {
    expect(draft('What frustrates support customers after their ticket is closed?', { template: 'persona' }).template).toBe('persona');
  });
});

describe.each(PlanTemplate.options)('the %s template', (template) => {
  const { plan } = draft('Why do users abandon the checkout?', { template });

  it('drafts a complete plan that validates, with the defaults', () => {
    expect(Plan.parse(plan)).toEqual(plan);
    expect(plan.goals.length).toBeGreaterThanOrEqual(3);
    expect(plan.mandatoryQuestions.length).toBeGreaterThanOrEqual(1);
    expect(plan.mandatoryQuestions.length).toBeLessThanOrEqual(3);
    expect(plan.coreQuestions.length).toBeGreaterThanOrEqual(3);
    expect(plan.flow.length).toBeGreaterThanOrEqual(2);
    expect(plan).toMatchObject({ maxTurns: 16, maxMinutes: 15, language: 'en' });
    expect(plan.description).toContain('Why do users abandon the checkout?');
  });

  it('asks open, non-leading questions', () => {
    for (const q of [...plan.mandatoryQuestions, ...plan.coreQuestions]) {
      expect(q, q).toMatch(/^(What|Which|Where|When|How|Who|Why|Tell me|Walk me|Think|Thinking|Looking back)\b/);
      expect(q, q).not.toMatch(/\b(don’t you|don't you|wouldn’t you|wouldn't you|isn’t it|great|love|easy|amazing|obviously)\b/i);
    }
  });

  it('asks each question once', () => {
    const all = [...plan.mandatoryQuestions, ...plan.coreQuestions].map((q) => q.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('the custom template', () => {
  it('builds its questions around the research question’s own topic', () => {
    const { plan } = draft('Why do users abandon the checkout?');
    expect(plan.mandatoryQuestions.some((q) => q.includes('the checkout'))).toBe(true);
    expect(plan.mandatoryQuestions.join(' ')).not.toMatch(/\busers\b/);
  });

  it('still reads naturally when the question names no topic', () => {
    const { plan } = draft('Why do people feel this way about us?', { template: 'custom' });
    expect(plan.mandatoryQuestions[0]).toContain('our product');
  });

  it('drafts a trial-conversion question around the trial, its end, price, alternatives and who decides', () => {
    const { plan } = draft('Why do trial users not convert to a paid plan?');
    const ids = plan.questions!.map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(['trial_goal', 'trial_end', 'price', 'alternatives', 'decider']));
    expect(plan.questions!.every((q) => q.intent.length > 0)).toBe(true);
    expect(plan.questions!.filter((q) => q.mandatory)).toHaveLength(3);
    expect(JSON.stringify(plan.questions)).not.toContain('convert to a paid plan');
  });

  it('drafts a churn question around the moment of leaving and what came instead', () => {
    const { plan } = draft('Why do customers cancel in their first month?');
    expect(plan.questions!.map((q) => q.id)).toEqual(expect.arrayContaining(['decision', 'instead', 'keep']));
  });

  it('writes every drafted question standalone and open, with at most three mandatory and five stages', () => {
    for (const question of ['Why do users abandon the checkout?', 'Who are our power users?', 'How do customers get help after a ticket?', 'What is the journey to renewal like?', 'How do new customers get set up?', 'How do customers feel about our pricing?']) {
      const { plan } = draft(question);
      expect(Plan.safeParse(plan).success, question).toBe(true);
      expect(plan.questions!.filter((q) => q.mandatory).length).toBeLessThanOrEqual(3);
      expect(plan.flow.length).toBeLessThanOrEqual(5);
      expect(plan.questions!.length).toBeGreaterThanOrEqual(6);
    }
  });
});

it.each(['fr', 'es', 'de'])('drafts a %s plan in that language, standalone and open by its own checks', (language) => {
  for (const question of ['How do customers get help after a support ticket?', 'Why do users abandon the checkout?']) {
    const { plan } = draft(question, { language });
    expect(Plan.safeParse(plan).success).toBe(true);
    expect(plan.language).toBe(language);
    expect(plan.questions!.map((q) => q.text).join(' ')).not.toMatch(/\b(?:the|what|how|tell me)\b/i);
  }
});

it('keeps the requested language', () => {
  expect(draft('Why do users abandon the checkout?', { language: 'de' }).plan.language).toBe('de');
});

it('drafts the same plan for the same question', () => {
  expect(draft('How do agencies manage client billing with our tool?')).toEqual(draft('How do agencies manage client billing with our tool?'));
});
