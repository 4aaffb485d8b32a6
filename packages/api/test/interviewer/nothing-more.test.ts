import { describe, expect, it } from 'vitest';
import { Plan, type Experience } from '@parley/protocol';
import { createOfflineInterviewer } from '../../src/interviewer/offline/offline-interviewer.ts';
import { simulateInterview } from '../../src/interviewer/simulate.ts';

// "No, that's all." already answers "What else…?": a researcher does not ask it next.
const plan = Plan.parse({
  researchType: 'evaluative',
  description: 'How people get help.',
  goals: ['one', 'two', 'three'],
  targetParticipants: 'customers',
  mandatoryQuestions: ['Tell me about the last time you contacted our support team. What was going on?', 'What would have made getting help from us better for you?'],
  coreQuestions: ['What else about getting help from us should we know that we haven’t covered?'],
  flow: ['What happened', 'Looking back'],
  maxTurns: 12,
  maxMinutes: 15,
});
const experience: Experience = { title: 'Getting help', welcomeMessage: 'Welcome.', researcher: { name: 'Dana Reyes' } };
const STORY = 'The export to our accounting tool failed at month end, so I opened a chat and waited most of the afternoon for an answer.';

async function interview(lastAnswer: string) {
  return simulateInterview(createOfflineInterviewer(), {
    plan,
    experience,
    answers: (_i, last) => (/made getting help/.test(last) ? lastAnswer : /What else/.test(last) ? 'No, nothing else.' : STORY),
  });
}

describe('"No, that\'s all."', () => {
  it('settles the closing "What else…?" question: the interview thanks and ends instead of asking it', async () => {
    const run = await interview("No, that's all.");
    const said = run.turns.findIndex((t) => t.role === 'participant' && t.text === "No, that's all.");
    expect(said).toBeGreaterThan(0);
    const after = run.turns.slice(said + 1).filter((t) => t.role === 'interviewer');
    expect(after.map((t) => t.text).join(' ')).not.toMatch(/What else/);
    expect(run.outcomes.at(-1)!.status).toBe('completed');
    expect(after).toHaveLength(1);
  });

  it('still asks it after a real answer (the closer is reached otherwise)', async () => {
    const run = await interview('A callback the same day instead of waiting in the chat queue.');
    expect(run.turns.some((t) => t.role === 'interviewer' && /What else/.test(t.text))).toBe(true);
  });
});
