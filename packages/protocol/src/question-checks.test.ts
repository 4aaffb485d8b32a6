import { describe, expect, it } from 'vitest';
import { questionProblem } from './question-checks.ts';
import { Plan } from './plan.ts';
import { normalisePlan } from './plan-questions.ts';

describe('standalone, open questions', () => {
  it.each([
    ['en', 'Tell me about the last time you contacted support. What was going on?'],
    ['en', 'How much effort did it take on your side to get the issue resolved?'],
    ['en', 'Could you walk me through the last time you exported a report?'],
    ['en', 'What would have made getting help from us better for you?'],
    ['en', 'Tell me about the issue you had most recently. What was that like?'],
    ['en', 'Which channel did you use to get in touch with us?'],
    ['fr', 'Pouvez-vous me raconter la dernière fois que vous avez contacté le support ?'],
    ['fr', 'Comment s’est passée votre dernière commande ?'],
    ['es', '¿Podrías contarme la última vez que contactaste con soporte?'],
    ['es', '¿Qué pasó cuando terminó la prueba?'],
    ['de', 'Können Sie mir erzählen, wie Ihre letzte Bestellung lief?'],
    ['de', 'Was ist passiert, als die Testphase endete?'],
  ])('%s: %j is fine', (language, text) => {
    expect(questionProblem(text, language)).toBeUndefined();
  });

  it.each([
    ['en', 'Did you find the export easy?', /yes or no/],
    ['en', 'Is there anything else you would like to share?', /yes or no/],
    ['en', 'Walk me through how you did that', /points back/],
    ['en', 'What did you do about it at the time?', /points back/],
    ['en', 'And what happened then?', /points back/],
    ['en', 'Why that one?', /points back/],
    ['en', 'What would have made that experience better for you?', /points back/],
    ['en', 'Which channel did you use to get in touch — chat, email, phone or something else — and why that one?', /points back|suggests/],
    ['en', 'Which tools do you use, such as Jira or Trello?', /suggests/],
    ['en', 'How did you pay, by card, transfer, or something else?', /suggests/],
    ['fr', 'Est-ce que le support vous a aidé ?', /yes or no/],
    ['fr', 'Avez-vous trouvé la réponse ?', /yes or no/],
    ['es', '¿Tuviste algún problema con el pago?', /yes or no/],
    ['es', 'Y ¿qué pasó después?', /points back/],
    ['de', 'Haben Sie den Support kontaktiert?', /yes or no/],
    ['de', 'Gibt es noch etwas?', /yes or no/],
  ])('%s: %j is refused', (language, text, why) => {
    expect(questionProblem(text, language)).toMatch(why);
  });

  it('is linear on a long adversarial question', () => {
    expect(() => questionProblem(`${'— a, b, '.repeat(60)}?`, 'en')).not.toThrow();
  });
});

const base = {
  researchType: 'evaluative',
  description: 'd',
  goals: ['a', 'b', 'c'],
  targetParticipants: 't',
  mandatoryQuestions: [],
  coreQuestions: [],
  flow: ['All'],
};

describe('plan questions on the wire', () => {
  it('refuses a question that is not standalone with an issue at its path', () => {
    const result = Plan.safeParse({ ...base, questions: [{ id: 'a', text: 'Walk me through how you did that', mandatory: true }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('questions.0.text');
    const legacy = Plan.safeParse({ ...base, mandatoryQuestions: ['Tell me about your last order.', 'Did you like it?'] });
    expect(legacy.error!.issues.map((i) => i.path.join('.'))).toContain('mandatoryQuestions.1');
  });

  it('refuses duplicate ids and more than five flow stages', () => {
    const q = { text: 'Tell me about your last order.' };
    expect(Plan.safeParse({ ...base, questions: [{ id: 'a', ...q }, { id: 'a', text: 'What happened next with the order?' }] }).success).toBe(false);
    expect(Plan.safeParse({ ...base, mandatoryQuestions: [q.text], flow: ['1', '2', '3', '4', '5', '6'] }).success).toBe(false);
  });

  it('derives the two lists from questions, and questions from the two lists', () => {
    const fromQuestions = normalisePlan(
      Plan.parse({ ...base, questions: [{ id: 'story', text: 'Tell me about your last order.', mandatory: true, intent: 'the last order' }, { id: 'price', text: 'How did the price compare with what you expected?' }] }),
    );
    expect(fromQuestions).toMatchObject({ mandatoryQuestions: ['Tell me about your last order.'], coreQuestions: ['How did the price compare with what you expected?'] });
    const fromLists = normalisePlan(Plan.parse({ ...base, mandatoryQuestions: ['Tell me about your last order.'], coreQuestions: ['What happened when it arrived?'] }));
    expect(fromLists.questions!.map((q) => [q.id, q.mandatory])).toEqual([['m1', true], ['c1', false]]);
  });

  it('lets the lists win when a client edited them on a plan it read back, keeping the metadata of questions still there', () => {
    const read = normalisePlan(
      Plan.parse({ ...base, questions: [{ id: 'story', text: 'Tell me about your last order.', mandatory: true, intent: 'the last order' }, { id: 'price', text: 'How did the price compare with what you expected?', intent: 'price' }] }),
    );
    const edited = normalisePlan({ ...read, mandatoryQuestions: ['Tell me about your last order.', 'What happened when the parcel arrived?'], coreQuestions: [] });
    expect(edited.questions!.map((q) => [q.id, q.mandatory, q.intent])).toEqual([
      ['story', true, 'the last order'],
      ['m1', true, ''],
    ]);
    expect(edited.coreQuestions).toEqual([]);
  });
});

describe('an edited list keeps its order', () => {
  it('puts a reworded first mandatory question first', () => {
    const read = normalisePlan(Plan.parse({ ...base, mandatoryQuestions: ['Tell me about your last order.', 'What happened when the parcel arrived?'], coreQuestions: ['How did you pay for the order?'] }));
    const edited = normalisePlan({ ...read, mandatoryQuestions: ['Tell me about the last order you placed.', 'What happened when the parcel arrived?'] });
    expect(edited.mandatoryQuestions).toEqual(['Tell me about the last order you placed.', 'What happened when the parcel arrived?']);
    expect(edited.questions!.map((q) => q.text)[0]).toBe('Tell me about the last order you placed.');
  });
});
