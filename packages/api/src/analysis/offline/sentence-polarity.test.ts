import { describe, expect, it } from 'vitest';
import { createTextNlp } from '../../interviewer/offline/nlp.ts';
import { sentencePolarity } from './sentence-polarity.ts';

const nlp = createTextNlp();
const score = (text: string) => sentencePolarity(nlp, text);

describe('sentence polarity, as a researcher codes it', () => {
  it('reads complaints without a feeling word as negative', () => {
    for (const s of ['They closed my ticket without fixing anything.', 'Nobody followed up to confirm it worked.', 'I had to chase them three times.', 'I had to explain everything again to a new agent.', 'The agent never understood my issue.', 'They marked it solved but it still happens every week.', 'I got the same canned answer every time.', "I got an email saying it was resolved, and it simply wasn't."]) {
      expect(score(s), s).toBeLessThan(-0.2);
    }
  });

  it('reads a negated good outcome as clearly negative', () => {
    expect(score('It was never fixed.')).toBeLessThan(-0.4);
    expect(score('The issue is not resolved.')).toBeLessThan(-0.4);
    expect(score('The app is not slow.')).toBeGreaterThan(0);
  });

  it('lets the clause after "but" decide, and a taken-back statement count against', () => {
    expect(score('The agent was friendly, but the problem is still there.')).toBeLessThan(0);
    expect(score('It took a while, but they fixed it and it has worked perfectly since.')).toBeGreaterThan(0.1);
    expect(score('Satisfied, not really.')).toBeLessThan(-0.3);
  });

  it('reads praise said through a negation as praise, and "if you ignore that nothing works" as a complaint', () => {
    for (const s of ["I couldn't have asked for more.", 'No complaints from me.', 'It took hardly any effort on my side.', 'Next to no effort, honestly.']) expect(score(s), s).toBeGreaterThan(0.2);
    expect(score('I suppose it was okay, sort of, if you ignore that nothing works.')).toBeLessThan(-0.2);
  });

  it('reads "hard to say" as not knowing, not as a hardship', () => {
    for (const s of ['Hard to put a number on it, a few emails.', "It's difficult to say how long it took.", 'Tough to remember exactly.']) expect(score(s), s).toBe(0);
    expect(score('It was hard to get anyone on the phone.')).toBeLessThan(0);
  });

  it('reads "help" and "working" as praise only in the sense that praises', () => {
    for (const s of ['The chat box on the help page.', 'I was working from home that day.', 'We were working late.', 'I found it in a help-center article.']) expect(score(s), s).toBe(0);
    for (const s of ['It is working again.', 'They were a great help.', 'Thanks for the help.']) expect(score(s), s).toBeGreaterThan(0.2);
  });

  it('reads a fix that held as praise, unless it held only for a while', () => {
    for (const s of ['Everything works now, exactly as it should.', "The fix held, I haven't had the issue again.", 'It was back to normal within a couple of hours.', "Problem gone, and it hasn't come back."]) {
      expect(score(s), s).toBeGreaterThan(0.2);
    }
    for (const s of ['It was back to normal for a day, then broke again.', "He hasn't come back to me.", "The problem is gone for now, but it'll be back."]) expect(score(s), s).toBeLessThanOrEqual(0);
  });

  it('reads "sync" as the feature, not as praise', () => {
    for (const s of ['Bookings were showing up twice after the sync ran.', 'The integration with our accounting tool went out of sync.', 'Our calendar sync stopped pulling in new bookings.']) {
      expect(score(s), s).toBeLessThanOrEqual(0);
    }
    expect(score('Contacts were duplicated after every sync.')).toBeLessThan(0);
    expect(score('Everything is in sync now, lovely.')).toBeGreaterThan(0.2);
  });

  it('reads what people do for a living as no praise: supporting users, keeping systems running, a gift shop', () => {
    for (const s of ['I support about five hundred users at a university.', "I'm one of four admins supporting staff across six offices.", 'My job is keeping the software working for everyone.', 'Most evenings I catch up on emails once the shop shuts.', 'Every Monday I go through the access requests from the team.', "I'm the owner, the bookkeeper and the cleaner at my gift shop."]) {
      expect(score(s), s).toBe(0);
    }
    for (const s of ['They support us really well.', 'The agent was really supportive.', 'What a lovely gift.']) expect(score(s), s).toBeGreaterThan(0.2);
  });

  it('reads not being understood, said in idioms, as a complaint', () => {
    for (const s of ["The agent didn't have a clue what I was describing.", 'We were talking past each other the whole time.', 'They sent me a help article that had nothing to do with my issue.']) {
      expect(score(s), s).toBeLessThan(-0.2);
    }
    expect(score("I had no clue the feature existed, but it's great.")).toBeGreaterThan(0);
    expect(score('The status said closed, my screen said otherwise.')).toBeLessThan(-0.2);
  });

  it('reads an invite as the feature it is, not as a welcome', () => {
    expect(score("A new colleague's invite link had expired before she could use it.")).toBeLessThanOrEqual(0);
    expect(score('The new dashboard is clean and inviting.')).toBeGreaterThan(0);
  });

  it('reads a cup of tea as a drink, and a wait measured against what was owed as a complaint', () => {
    expect(score('I closed the laptop and made a cup of tea.')).toBe(0);
    expect(score("It's just not my cup of tea.")).toBeLessThan(0);
    expect(score('Getting that first reply took far longer than it should have.')).toBeLessThan(-0.2);
  });

  it('reads faint praise as lukewarm and real praise as positive', () => {
    expect(score('Honestly it was fine I guess.')).toBeLessThanOrEqual(0);
    expect(score('The agent was great and very friendly.')).toBeGreaterThan(0.5);
  });
});
