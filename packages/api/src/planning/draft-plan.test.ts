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

const LANGUAGES = ['en', 'fr', 'es', 'de'] as const;
const RESEARCH_QUESTIONS = [
  'Why do users abandon the checkout?',
  'Why do trial users not convert to paid?',
  'Why do customers cancel in their first month?',
  'How do new customers get set up?',
  'How do customers feel about our pricing?',
  'How do teams adopt the new reporting feature?',
  'What frustrates support customers after their ticket is closed?',
  'Who are our power users?',
];

describe.each(LANGUAGES)('drafting in %s', (language) => {
  describe.each(PlanTemplate.options)('the %s template', (template) => {
    const { plan } = draft('Why do users abandon the checkout?', { template, language });

    it('drafts a complete plan that validates, with the defaults', () => {
      expect(Plan.parse(plan)).toEqual(plan);
      expect(plan.goals.length).toBeGreaterThanOrEqual(3);
      expect(plan).toMatchObject({ maxTurns: 16, maxMinutes: 15, language });
      expect(plan.description).toContain('Why do users abandon the checkout?');
    });

    it('asks 8–12 questions, at most 3 mandatory and first, in at most five stages', () => {
      const questions = plan.questions!;
      expect(questions.length).toBeGreaterThanOrEqual(8);
      expect(questions.length).toBeLessThanOrEqual(12);
      const mandatory = questions.filter((q) => q.mandatory).length;
      expect(mandatory).toBeGreaterThanOrEqual(1);
      expect(mandatory).toBeLessThanOrEqual(3);
      expect(questions.slice(0, mandatory).every((q) => q.mandatory)).toBe(true);
      expect(plan.flow.length).toBeGreaterThanOrEqual(2);
      expect(plan.flow.length).toBeLessThanOrEqual(5);
    });

    it('gives every question an intent, and every question but the closer a goal of the plan', () => {
      for (const q of plan.questions!) {
        expect(q.intent.length, q.id).toBeGreaterThan(3);
        if (q.id !== 'else') expect(plan.goals, q.id).toContain(q.goal);
      }
    });

    it('asks each question once, with unique ids', () => {
      const texts = plan.questions!.map((q) => q.text.toLowerCase());
      expect(new Set(texts).size).toBe(texts.length);
      expect(new Set(plan.questions!.map((q) => q.id)).size).toBe(texts.length);
    });

    it('writes in the plan language', () => {
      const text = plan.questions!.map((q) => q.text).join(' ');
      if (language === 'en') expect(text).toMatch(/\b(?:the|what|you)\b/i);
      else expect(text).not.toMatch(/\b(?:the|what|tell me|walk me)\b/i);
    });
  });
});

describe('English questions', () => {
  it.each(RESEARCH_QUESTIONS)('%s: open, non-leading, with no grammar slips around the topic', (question) => {
    const { plan } = draft(question);
    expect(plan.questions!.length).toBeGreaterThanOrEqual(8);
    for (const q of plan.questions!.map((x) => x.text)) {
      expect(q, q).toMatch(/^(What|Which|Where|When|How|Who|Why|Tell me|Walk me|Think|Thinking|Looking back)\b/);
      expect(q, q).not.toMatch(/\b(don’t you|don't you|wouldn’t you|wouldn't you|isn’t it|great|love|easy|amazing|obviously)\b/i);
      expect(q, q).not.toMatch(/\b(\w+) \1\b/i);
      expect(q, q).not.toMatch(/\ba [aeiou]|\ban [^aeiou\s]/i);
    }
  });
});

describe('the custom template', () => {
  it('builds its questions around the research question’s own topic', () => {
    const { plan } = draft('Why do users abandon the checkout?');
    expect(plan.mandatoryQuestions.some((q) => q.includes('the checkout'))).toBe(true);
    expect(plan.mandatoryQuestions.join(' ')).not.toMatch(/\busers\b/);
  });

  it('puts an article before a bare topic and never pastes the research question in', () => {
    const { plan } = draft('Why do people use dashboard so rarely?');
    expect(plan.mandatoryQuestions[0]).toBe('Thinking about the last time you dealt with the dashboard, what were you trying to get done?');
    expect(JSON.stringify(plan.questions)).not.toContain('so rarely');
  });

  it('still reads naturally when the question names no topic', () => {
    const { plan } = draft('Why do people feel this way about us?', { template: 'custom' });
    expect(plan.mandatoryQuestions[0]).toContain('our product');
  });
});

describe('topic families', () => {
  const ids = (question: string) => draft(question).plan.questions!.map((q) => q.id);

  it('drafts a trial-conversion question around the trial, its end, price, alternatives and who decides', () => {
    const { plan } = draft('Why do trial users not convert to a paid plan?');
    expect(plan.questions!.map((q) => q.id)).toEqual(expect.arrayContaining(['trial_goal', 'trial_story', 'trial_end', 'price', 'alternatives', 'decider']));
    expect(plan.questions!.filter((q) => q.mandatory)).toHaveLength(3);
    expect(JSON.stringify(plan.questions)).not.toContain('convert to a paid plan');
  });

  it('drafts a churn question around the moment of leaving and what came instead', () => {
    expect(ids('Why do customers cancel in their first month?')).toEqual(expect.arrayContaining(['decision', 'lead_up', 'instead', 'keep']));
  });

  it('drafts onboarding, pricing and feature-adoption questions from their words', () => {
    expect(ids('How do new customers get set up?')).toEqual(expect.arrayContaining(['first_day', 'effort', 'click', 'help']));
    expect(ids('How do customers feel about our pricing?')).toEqual(expect.arrayContaining(['last_decision', 'value', 'alternatives', 'decider']));
    expect(ids('How do teams adopt the new reporting feature?')).toEqual(expect.arrayContaining(['first_time', 'last_use', 'instead', 'in_the_way']));
  });

  it('names the feature in feature-adoption questions', () => {
    const { plan } = draft('How do teams adopt the new reporting feature?');
    expect(plan.mandatoryQuestions[1]).toBe('Walk me through the last time you used the new reporting feature, step by step.');
  });

  it('keeps the template the caller asked for', () => {
    expect(ids('Why do trial users not convert to paid?').includes('trial_end')).toBe(true);
    expect(draft('Why do trial users not convert to paid?', { template: 'persona' }).plan.questions!.some((q) => q.id === 'trial_end')).toBe(false);
  });

  it('falls back to the language’s own template in other languages', () => {
    const { plan } = draft('Why do trial users not convert to paid?', { language: 'fr' });
    expect(plan.questions!.map((q) => q.id)).not.toContain('trial_end');
    expect(plan.mandatoryQuestions[0]).toMatch(/notre produit/);
  });
});

it('drafts English for languages it has no templates for, keeping the requested tag', () => {
  const { plan } = draft('Why do users abandon the checkout?', { language: 'pt-BR' });
  expect(plan.language).toBe('pt-BR');
  expect(plan.mandatoryQuestions[0]).toMatch(/^Thinking about/);
});

it('keeps the requested language', () => {
  expect(draft('Why do users abandon the checkout?', { language: 'de' }).plan.language).toBe('de');
});

it('drafts the same plan for the same question', () => {
  expect(draft('How do agencies manage client billing with our tool?')).toEqual(draft('How do agencies manage client billing with our tool?'));
});
