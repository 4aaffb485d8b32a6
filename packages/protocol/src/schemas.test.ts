import { describe, expect, it } from 'vitest';
import { CreateSessionRequest, CreateStudyRequest, Plan, PostTurnRequest, Trigger } from './index.ts';

const plan = {
  researchType: 'discovery',
  description: 'd',
  goals: ['a', 'b', 'c'],
  targetParticipants: 't',
  mandatoryQuestions: ['What happened the last time you contacted support?'],
  coreQuestions: [],
  flow: ['core'],
};

describe('protocol schemas', () => {
  it('fills plan defaults: 16 turns, 15 minutes, English', () => {
    expect(Plan.parse(plan)).toMatchObject({ maxTurns: 16, maxMinutes: 15, language: 'en' });
  });

  it('requires at least three goals and a turn budget of 4–60', () => {
    expect(Plan.safeParse({ ...plan, goals: ['a', 'b'] }).success).toBe(false);
    expect(Plan.safeParse({ ...plan, maxTurns: 3 }).success).toBe(false);
    expect(Plan.safeParse({ ...plan, maxTurns: 61 }).success).toBe(false);
  });

  it('accepts every trigger kind of API.md and rejects unknown ones', () => {
    for (const t of [
      { on: 'event', event: 'support_ticket_closed', where: { channel: 'chat' }, delayMinutes: 2880 },
      { on: 'days_since', attribute: 'signedUpAt', days: 30 },
      { on: 'page_view', urlPattern: '/billing/*' },
      { on: 'exit_intent' },
      { on: 'time_on_page', seconds: 45 },
    ]) expect(Trigger.safeParse(t).success, JSON.stringify(t)).toBe(true);
    expect(Trigger.safeParse({ on: 'moon_phase' }).success).toBe(false);
  });

  it('accepts client turn ids of 1–64 [A-Za-z0-9_-] only', () => {
    expect(PostTurnRequest.safeParse({ id: 'a', text: 'x' }).success).toBe(true);
    expect(PostTurnRequest.safeParse({ id: 'A-z_9'.padEnd(64, 'x'), text: 'x' }).success).toBe(true);
    expect(PostTurnRequest.safeParse({ id: 'x'.repeat(65), text: 'x' }).success).toBe(false);
    expect(PostTurnRequest.safeParse({ id: 'é', text: 'x' }).success).toBe(false);
  });

  it('rejects unknown fields so typos surface instead of being ignored', () => {
    expect(CreateStudyRequest.safeParse({ researchQuestion: 'A long enough question', titel: 'x' }).success).toBe(false);
    expect(CreateSessionRequest.safeParse({ studyId: 'st_1', particpant: {} }).success).toBe(false);
  });

  it('keeps participant attributes to plain scalars', () => {
    expect(CreateSessionRequest.safeParse({ studyId: 'st_1', participant: { attributes: { plan: 'pro', seats: 3, trial: true } } }).success).toBe(true);
    expect(CreateSessionRequest.safeParse({ studyId: 'st_1', participant: { attributes: { nested: { a: 1 } } } }).success).toBe(false);
  });
});
