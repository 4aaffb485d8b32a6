import { describe, expect, it } from 'vitest';
import { createOfflineEngine } from './offline-engine.ts';
import { saysHowTheyWork, saysWhoTheyAre } from './self-description.ts';

describe('sentences that say who someone is', () => {
  it('recognises roles, organisations and owner-operators, however they are worded', () => {
    for (const s of [
      "I'm the systems administrator for a regional hospital group.",
      'I look after IT for a company of about three hundred staff.',
      'I manage user accounts and access for around two hundred employees.',
      'I handle licences and permissions for the whole company.',
      "It's just me and my partner running the shop.",
      'My wife and I run a bed and breakfast.',
      'I do the accounts for my own plumbing business.',
      'I work as a practice manager.',
      "We're a small architecture firm.",
    ]) {
      expect(saysWhoTheyAre(s), s).toBe(true);
    }
  });

  it('leaves out what happened to them, and anything that reports a problem', () => {
    for (const s of [
      'I was on hold for an hour.',
      "I'm still waiting for a reply.",
      'I run into this bug every week.',
      "I'm the one who always has to chase them.",
      'We run payroll on Fridays and it failed twice.',
      'The agent was lovely.',
    ]) {
      expect(saysWhoTheyAre(s), s).toBe(false);
    }
  });
});

describe('sentences that say how someone works', () => {
  it('recognises work routines, even when they name problems they handle for others', () => {
    for (const s of ['I usually raise tickets on behalf of colleagues.', 'Every week I log problems for the rest of the staff.', 'Every Friday I sit down and pay the suppliers myself.', 'Most evenings I catch up on emails once the shop shuts.', 'I usually check the status page first.']) {
      expect(saysHowTheyWork(s), s).toBe(true);
    }
  });

  it('leaves out routines that are complaints, and one-off events', () => {
    for (const s of ['I always have to chase them.', 'Every week it fails again.', 'I always explain the whole thing again.', 'Every time I log in it crashes.', 'I logged a ticket on Monday.', 'I usually wait two days for a reply.']) {
      expect(saysHowTheyWork(s), s).toBe(false);
    }
  });
});

describe('the offline engine with self-descriptions', () => {
  const engine = createOfflineEngine();
  const read = (text: string) => engine.analyseTurn({ turn: { id: 't1', role: 'participant', at: '2026-12-06T09:00:00.000Z', text }, stage: null, question: 'Tell me about the last time you contacted support.' });

  it('keeps who someone is out of themes and hands it to personas', () => {
    const turn = read("I'm one of four admins supporting staff across six offices. The agent was cheerful and easy to talk to.");
    expect(turn.about?.map((a) => a.text)).toEqual(["I'm one of four admins supporting staff across six offices."]);
    expect(turn.mentions.map((m) => m.text)).toEqual(['The agent was cheerful and easy to talk to.']);
  });

  it('keeps a work routine that names problems out of the complaints', () => {
    const turn = read('Phone, I prefer talking to someone. Every week I log problems for the rest of the staff. The agent was cheerful and easy to talk to.');
    expect(turn.about?.map((a) => a.text)).toEqual(['Every week I log problems for the rest of the staff.']);
    expect(turn.mentions.map((m) => m.text)).not.toContain('Every week I log problems for the rest of the staff.');
  });

  it('still analyses a complaint said in the first person', () => {
    const turn = read("I'm the one who always has to chase them for an answer.");
    expect(turn.about).toEqual([]);
    expect(turn.mentions).toHaveLength(1);
    expect(turn.mentions[0]!.sentiment).toBeLessThan(0);
  });
});
