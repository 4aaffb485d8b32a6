import { describe, expect, it } from 'vitest';
import { Plan } from '@parley/protocol';
import { persona, type Exchange } from './participant.ts';
import { PARTICIPANTS } from './participants.ts';
import { planOf, STUDIES, SUPPORT } from './studies.ts';

const G = SUPPORT.questions;
const I = (text: string): Exchange => ({ role: 'interviewer', text, status: 'active' });

describe('studies as code', () => {
  it.each(STUDIES.map((s) => [s.id, s] as const))('%s: the plan is valid with questions and as the two older lists', (_id, study) => {
    expect(Plan.safeParse(planOf(study)).error?.issues ?? []).toEqual([]);
    expect(Plan.safeParse(planOf(study, { lists: true })).error?.issues ?? []).toEqual([]);
    expect(study.questions.some((q) => q.mandatory)).toBe(true);
  });

  it('has a support, a trial, an onboarding and a Spanish study', () => {
    expect(STUDIES.map((s) => `${s.id}:${s.language}`)).toEqual(['support:en', 'trial:en', 'onboarding:en', 'soporte:es']);
  });
});

describe('scripted participants', () => {
  const p = persona({
    name: 'test-person',
    persona: 'a test',
    study: SUPPORT,
    answers: { issue: { text: 'The export broke, so I opened a chat.', marks: ['warranted'], tells: { channel: 'I opened a chat' } }, effort: 'Three emails.' },
    followUps: { issue: ['It was month-end.', 'Then I gave up.'] },
    at: { 5: { text: 'Seriously, I need to go. Please end it.', marks: ['stop'] } },
  });

  it('answers what is asked, follows up in order, and says "As I said" when asked what it already told', () => {
    const t: Exchange[] = [I(`Hi. ${G[0]!.text}`)];
    const say = (i: number) => {
      const s = p.respond(t.at(-1)!.text, i, t);
      t.push({ role: 'participant', text: s.text, said: s });
      return s;
    };
    expect(say(0)).toMatchObject({ text: 'The export broke, so I opened a chat.', tells: { issue: 'the export broke, so I opened a chat', channel: 'I opened a chat' } });
    t.push(I('You said the export broke — what happened next?'));
    expect(say(1).text).toBe('It was month-end.');
    t.push(I('So it was month-end — what did you do?'));
    expect(say(2).text).toBe('Then I gave up.');
    t.push(I(`Thanks. ${G[1]!.text}`));
    expect(say(3)).toMatchObject({ text: 'As I said, I opened a chat.', marks: ['repeat'] });
    t.push(I(`Okay. ${G[3]!.text}`));
    expect(say(4).text).toBe('Three emails.');
    t.push(I(`Thanks. ${G[5]!.text}`));
    expect(say(5).marks).toEqual(['stop']);
    t.push(I(`Thanks. ${G[6]!.text}`));
    expect(say(6)).toMatchObject({ marks: ['stop', 'insist'] });
  });

  it('takes the question after a clarification as the same one, whatever its words', () => {
    const clarifier = persona({ name: 'c', persona: 'c', study: SUPPORT, at: { 0: { text: 'What do you mean?', marks: ['clarify'] } }, answers: { issue: 'My invoice was wrong.' } });
    const t: Exchange[] = [I(`Hi. ${G[0]!.text}`)];
    const first = clarifier.respond(t[0]!.text, 0, t);
    t.push({ role: 'participant', text: first.text, said: first }, I('Put simply: why did you need help from us recently?'));
    expect(clarifier.respond(t.at(-1)!.text, 1, t).text).toBe('My invoice was wrong.');
  });

  it('are many, distinct, deterministic, and cover the kinds of people the issue lists', () => {
    expect(PARTICIPANTS.length).toBeGreaterThanOrEqual(14);
    expect(new Set(PARTICIPANTS.map((x) => x.name)).size).toBe(PARTICIPANTS.length);
    const lines = PARTICIPANTS.flatMap((x) => {
      const t: Exchange[] = [I(`Hi. ${x.study.questions[0]!.text}`)];
      const out = [];
      for (let i = 0; i < 8; i += 1) {
        const s = x.respond(t.at(-1)!.text, i, t);
        expect(x.respond(t.at(-1)!.text, i, t)).toEqual(s);
        out.push(s);
        t.push({ role: 'participant', text: s.text, said: s }, I(`Thanks. ${x.study.questions[(i + 1) % x.study.questions.length]!.text}`));
      }
      return out;
    });
    const marked = (m: string) => lines.filter((s) => s.marks.includes(m as never));
    for (const m of ['warranted', 'non_answer', 'distress', 'injection', 'stop', 'skip', 'clarify', 'time_pressure', 'question_back', 'off_topic', 'foreign', 'repeat']) {
      expect(marked(m).length, m).toBeGreaterThan(0);
    }
    expect(marked('question_back').every((s) => s.questionBack)).toBe(true);
    const stops = marked('stop').map((s) => s.text).join(' | ');
    for (const phrase of ['Please end it', 'Je veux arrêter', 'Ich möchte aufhören', 'Quiero parar', 'quiero parar']) expect(stops).toContain(phrase);
    expect(PARTICIPANTS.some((x) => x.transport === 'sse')).toBe(true);
    expect(PARTICIPANTS.some((x) => x.study.language === 'es')).toBe(true);
  });
});
