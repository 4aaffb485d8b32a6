import { describe, expect, it } from 'vitest';
import { Plan } from './plan.ts';
import { isVerbatim, normalisePlan } from './plan-questions.ts';

const base = {
  researchType: 'evaluative',
  description: 'd',
  goals: ['a', 'b', 'c'],
  targetParticipants: 't',
  flow: ['All'],
};
const paths = (input: unknown) => Plan.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('plan questions on the wire', () => {
  it('takes questions with their defaults', () => {
    const plan = Plan.parse({ ...base, questions: [{ id: 'story', text: 'Tell me about your last order.' }] });
    expect(plan.questions).toEqual([{ id: 'story', text: 'Tell me about your last order.', mandatory: false, intent: '', maxFollowUps: 2 }]);
  });

  it('refuses a question that is not standalone at its path, with a sentence naming it', () => {
    const result = Plan.safeParse({ ...base, questions: [{ id: 'a', text: 'Tell me about your last order.' }, { id: 'b', text: 'Walk me through how you did that' }] });
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ['questions', 1, 'text'], message: expect.stringMatching(/^Question 2 points back to something it does not name \("that"\)/) })]);
  });

  it('refuses list questions at their list path', () => {
    expect(paths({ ...base, mandatoryQuestions: ['Tell me about your last order.', 'Did you like the parcel?'] })).toEqual(['mandatoryQuestions.1']);
    expect(Plan.safeParse({ ...base, coreQuestions: ['Did you like the parcel?'] }).error!.issues[0]!.message).toBe(
      'Core question 1 asks yes or no ("Did you like…"): ask it openly, e.g. "How did you…" or "What…".',
    );
  });

  it('checks the lists, not a stale questions[] sent with them', () => {
    const stale = [{ id: 'a', text: 'Walk me through how you did that', mandatory: true }];
    expect(paths({ ...base, questions: stale, mandatoryQuestions: ['Tell me about your last order.'] })).toEqual([]);
  });

  it('refuses duplicate ids, bad ids, out-of-range follow-ups and more than five flow stages', () => {
    const q = { text: 'Tell me about your last order.' };
    expect(paths({ ...base, questions: [{ id: 'a', ...q }, { id: 'a', text: 'What happened when the order arrived?' }] })).toEqual(['questions.1.id']);
    expect(paths({ ...base, questions: [{ id: 'no spaces', ...q }] })).toEqual(['questions.0.id']);
    expect(paths({ ...base, questions: [{ id: 'a', ...q, maxFollowUps: 6 }] })).toEqual(['questions.0.maxFollowUps']);
    expect(paths({ ...base, questions: [{ id: 'a', ...q }], flow: ['1', '2', '3', '4', '5', '6'] })).toEqual(['flow']);
  });

  it('checks by the plan language', () => {
    expect(paths({ ...base, language: 'fr', questions: [{ id: 'a', text: 'Avez-vous reçu la commande ?' }] })).toEqual(['questions.0.text']);
    expect(paths({ ...base, language: 'fr', questions: [{ id: 'a', text: 'Comment s’est passée la livraison ?' }] })).toEqual([]);
  });
});

const story = { id: 'story', text: 'Tell me about your last order.', mandatory: true, intent: 'the last order', maxFollowUps: 3 };
const price = { id: 'price', text: 'How did the price compare with what you expected?', intent: 'price against expectations' };
const parcel = 'What happened when the parcel arrived?';

describe('normalisePlan', () => {
  it('derives the two lists from questions', () => {
    const plan = normalisePlan(Plan.parse({ ...base, questions: [price, story] }));
    expect(plan).toMatchObject({ mandatoryQuestions: [story.text], coreQuestions: [price.text] });
    expect(plan.questions!.map((q) => q.id)).toEqual(['price', 'story']);
  });

  it('makes questions from the lists: mandatory first (m1…), then core (c1…)', () => {
    const plan = normalisePlan(Plan.parse({ ...base, coreQuestions: [price.text], mandatoryQuestions: [story.text, parcel] }));
    expect(plan.questions!.map((q) => [q.id, q.mandatory, q.intent])).toEqual([['m1', true, ''], ['m2', true, ''], ['c1', false, '']]);
  });

  it('keeps a plan whose lists agree with its questions as it is', () => {
    const read = normalisePlan(Plan.parse({ ...base, questions: [story, price] }));
    expect(normalisePlan(Plan.parse(read))).toEqual(read);
  });

  describe('when edited lists come back with the questions read before', () => {
    const read = normalisePlan(Plan.parse({ ...base, questions: [story, price] }));

    it('keeps the metadata of questions still listed, adds new texts after their neighbour, drops the rest', () => {
      const edited = normalisePlan(Plan.parse({ ...read, mandatoryQuestions: [story.text, parcel], coreQuestions: [] }));
      expect(edited.questions!.map((q) => [q.id, q.mandatory, q.intent, q.maxFollowUps])).toEqual([
        ['story', true, 'the last order', 3],
        ['m1', true, '', 2],
      ]);
      expect(edited).toMatchObject({ mandatoryQuestions: [story.text, parcel], coreQuestions: [] });
    });

    it('moves a question between lists without losing what it was for', () => {
      const edited = normalisePlan(Plan.parse({ ...read, mandatoryQuestions: [story.text, price.text], coreQuestions: [] }));
      expect(edited.questions!.map((q) => [q.id, q.mandatory, q.intent])).toEqual([
        ['story', true, 'the last order'],
        ['price', true, 'price against expectations'],
      ]);
    });

    it('puts a reworded first question first', () => {
      const edited = normalisePlan(Plan.parse({ ...read, mandatoryQuestions: ['Tell me about the last order you placed.'] }));
      expect(edited.questions!.map((q) => q.text)).toEqual(['Tell me about the last order you placed.', price.text]);
      expect(edited.mandatoryQuestions).toEqual(['Tell me about the last order you placed.']);
    });

    it('gives new questions ids no kept question uses', () => {
      const withM1 = normalisePlan(Plan.parse({ ...base, questions: [{ ...story, id: 'm1' }, price] }));
      const edited = normalisePlan(Plan.parse({ ...withM1, mandatoryQuestions: [story.text, parcel] }));
      expect(edited.questions!.map((q) => q.id)).toEqual(['m1', 'm2', 'price']);
    });
  });

  it('lets edited questions win over lists sent back unchanged from the stored plan', () => {
    const stored = normalisePlan(Plan.parse({ ...base, questions: [story, price] }));
    const sent = Plan.parse({ ...stored, questions: [story, { ...price, text: 'How did the price compare with what you paid before?' }] });
    expect(normalisePlan(sent, stored).coreQuestions).toEqual(['How did the price compare with what you paid before?']);
    // Without the stored plan the lists decide, as for any client that sends both.
    expect(normalisePlan(sent).coreQuestions).toEqual([price.text]);
  });

  it('edits the stored questions through lists sent alone (a client that predates questions[])', () => {
    const stored = normalisePlan(Plan.parse({ ...base, questions: [story, price] }));
    const sent = Plan.parse({ ...base, mandatoryQuestions: [story.text], coreQuestions: [price.text, parcel] });
    expect(normalisePlan(sent, stored).questions!.map((q) => [q.id, q.intent])).toEqual([['story', 'the last order'], ['price', 'price against expectations'], ['c1', '']]);
    expect(normalisePlan(sent).questions!.map((q) => q.id)).toEqual(['m1', 'c1', 'c2']);
  });

  it('never changes a stored old-style plan when there is nothing to reconcile', () => {
    const old = { ...Plan.parse({ ...base, mandatoryQuestions: [story.text] }), questions: undefined };
    expect(normalisePlan(old).questions).toEqual([{ id: 'm1', text: story.text, mandatory: true, intent: '', maxFollowUps: 2 }]);
  });
});

it('asks mandatory questions word for word unless the plan says otherwise', () => {
  expect([isVerbatim({ mandatory: true }), isVerbatim({ mandatory: false }), isVerbatim({ mandatory: true, verbatim: false })]).toEqual([true, false, false]);
});
