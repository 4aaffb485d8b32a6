import { describe, expect, it } from 'vitest';
import { Plan } from '@parley/protocol';
import { buildGuide } from './guide.ts';

const plan = (over: Partial<Plan> = {}): Plan =>
  Plan.parse({
    researchType: 'exploratory',
    description: 'd',
    goals: ['a', 'b', 'c'],
    targetParticipants: 'everyone',
    mandatoryQuestions: ['Tell me about your role.', 'What got in your way last time?'],
    coreQuestions: ['How did you first hear about us?', 'What did you do after your last order arrived?', 'What else should we know about your orders?', 'Who else was involved in your last order?'],
    flow: ['Context', 'Experience', 'Wrap-up'],
    ...over,
  });

describe('buildGuide', () => {
  it('keeps every question once, mandatory first, each list in its own order (a question stays next to the one before it), the closer last', () => {
    const guide = buildGuide(plan());
    expect(guide.map((q) => q.id)).toEqual(['m1', 'm2', 'c1', 'c2', 'c4', 'c3']);
    expect(guide.filter((q) => q.mandatory).map((q) => q.text)).toEqual(plan().mandatoryQuestions);
    expect(guide.at(-1)!.text).toBe('What else should we know about your orders?');
  });

  it('assigns stages in the order of plan.flow, the closer in the last stage', () => {
    const guide = buildGuide(plan());
    const stageOrder = guide.map((q) => plan().flow.indexOf(q.stage));
    expect(stageOrder).toEqual([...stageOrder].sort((a, b) => a - b));
    expect(guide[0]!.stage).toBe('Context');
    expect(guide.at(-1)!.stage).toBe('Wrap-up');
  });

  it('drops a core question that repeats a mandatory one', () => {
    const guide = buildGuide(plan({ coreQuestions: ['tell me about your role', 'What did you do after your last order arrived?'] }));
    expect(guide.map((q) => q.id)).toEqual(['m1', 'm2', 'c2']);
  });

  it('works with a single stage and only core questions', () => {
    const guide = buildGuide(plan({ mandatoryQuestions: [], flow: ['Everything'] }));
    expect(guide).toHaveLength(4);
    expect(new Set(guide.map((q) => q.stage))).toEqual(new Set(['Everything']));
  });
});

describe('buildGuide from plan questions', () => {
  it('keeps the researcher\'s order, intents and follow-up limits; verbatim defaults to mandatory', () => {
    const guide = buildGuide({
      ...plan(),
      questions: [
        { id: 'story', text: 'Tell me about the last time you exported a report.', mandatory: false, intent: 'the last export', maxFollowUps: 3 },
        { id: 'cost', text: 'How did the price compare with what you expected?', mandatory: true, intent: 'price versus expectations', maxFollowUps: 1 },
      ],
    } as Plan);
    expect(guide.map((q) => [q.id, q.mandatory, q.verbatim, q.maxFollowUps, q.intent])).toEqual([
      ['story', false, false, 3, 'the last export'],
      ['cost', true, true, 1, 'price versus expectations'],
    ]);
  });
});
