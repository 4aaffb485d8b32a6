import { describe, expect, it } from 'vitest';
import { score, sharesContent } from './rubric.ts';
import type { Replay, ReplayTurn } from './replay.ts';
import { PARTICIPANTS } from './participants.ts';

const participant = PARTICIPANTS[0]!;
const session = (over: Partial<Replay['session']> = {}): Replay['session'] => ({
  status: 'completed',
  endReason: 'completed',
  outcome: 'completed',
  progress: { fraction: 1, mandatoryCovered: 1, mandatoryTotal: 1 },
  coverage: [{ questionId: 'q1', text: 'Tell me about your last order. What happened?', mandatory: true, status: 'asked' }],
  ...over,
});
const I = (text: string, status = 'active'): ReplayTurn => ({ role: 'interviewer', text, status });
const P = (text: string, tags: NonNullable<ReplayTurn['line']>['tags'] = [], truth?: RegExp): ReplayTurn => ({ role: 'participant', text, line: { text, tags, ...(truth ? { truth } : {}) } });

describe('the rubric catches what a researcher would', () => {
  it('counts a question the participant had to answer twice, stock praise after nothing, and two questions in one reply', () => {
    const s = score({
      participant,
      session: session(),
      turns: [
        I('Tell me about your last order. What happened?'),
        P('As I said, I used the chat.', ['repeat']),
        I('Thanks — that’s helpful. Did you like it? And why?'),
        P('idk', ['non_answer']),
        I('Thank you — that gives me a clear picture. You mentioned idk — what happened there?'),
        P('no', ['non_answer']),
        I('Thanks.', 'completed'),
      ],
    });
    expect(s).toMatchObject({ repeats: 1, doubleQuestions: 1, closedQuestions: 1, praiseAfterNothing: 1, nonContentProbes: 1 });
  });

  it('counts a stop that was not honoured, a question back left unanswered and a follow-up that ignored a story', () => {
    const s = score({
      participant,
      session: session({ endReason: 'participant_stopped', progress: { fraction: 1 } }),
      turns: [
        I('Tell me about your last order. What happened?'),
        P('Last week the parcel arrived broken and nobody answered my emails.', ['warranted']),
        I('Thanks. Which channel did you use?'),
        P('Who reads this?', ['question_back'], /research team/),
        I('Which channel did you use?'),
        P('Please stop.', ['stop']),
        I('What else would you like to share?'),
      ],
    });
    expect(s).toMatchObject({ warranted: 1, warrantedQuoted: 0, questionsBack: 1, questionsBackAnswered: 0, stops: 1, stopsHonoured: 0 });
    // A stopped interview reported as 100% is counted as a bookkeeping failure.
    expect(s.mandatoryMissed).toBe(1);
  });

  it('hears the participant\'s content words in a follow-up, in any inflection', () => {
    expect(sharesContent('The export broke during our month-end close.', 'You said the export broke — what happened next?')).toBe(true);
    expect(sharesContent('The export broke.', 'What happened next?')).toBe(false);
  });
});
