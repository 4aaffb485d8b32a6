import type { Experience, Plan, Turn } from '@parley/protocol';
import type { InterviewStart, Interviewer, ReplyOutcome } from './interviewer.ts';

/** How a scripted participant behaves in a simulated interview. */
export interface SimulationScript {
  plan: Plan;
  experience: Experience;
  /** Answers in order (repeated from the start when they run out), or a function of the interviewer's last words. */
  answers: string[] | ((index: number, lastInterviewerText: string) => string);
  startedAt?: Date;
  /** Simulated minutes between participant turns (time is injected, nothing sleeps). */
  minutesPerTurn?: number;
  /** Safety stop for interviewers that never finish. */
  maxReplies?: number;
}

/** A simulated interview: the transcript, each reply's outcome, and the pieces each reply was streamed in. */
export interface Simulation {
  start: InterviewStart;
  turns: Turn[];
  outcomes: ReplyOutcome[];
  pieces: string[][];
}

/** Runs a scripted participant through an interviewer, the way the API would, for tests and benchmarks. */
export async function simulateInterview(interviewer: Interviewer, script: SimulationScript): Promise<Simulation> {
  const startedAt = script.startedAt ?? new Date('2026-01-05T09:00:00.000Z');
  const minutes = script.minutesPerTurn ?? 0.5;
  const at = (i: number) => new Date(startedAt.getTime() + i * minutes * 60_000);
  const start = interviewer.start({ plan: script.plan, experience: script.experience });
  const turns: Turn[] = [{ id: 't0', role: 'interviewer', text: start.text, at: at(0).toISOString() }];
  const outcomes: ReplyOutcome[] = [];
  const pieces: string[][] = [];
  let state = start.state;
  const limit = script.maxReplies ?? script.plan.maxTurns + 10;
  for (let i = 0; i < limit; i += 1) {
    const last = turns.at(-1)!.text;
    const answer = typeof script.answers === 'function' ? script.answers(i, last) : script.answers[i % script.answers.length]!;
    const now = at(i + 1);
    turns.push({ id: `p${i + 1}`, role: 'participant', text: answer, at: now.toISOString() });
    const stream = interviewer.reply({ plan: script.plan, experience: script.experience, state, turns: [...turns], answer, startedAt, now });
    const got: string[] = [];
    for await (const piece of stream.deltas) got.push(piece);
    const outcome = await stream.outcome;
    pieces.push(got);
    outcomes.push(outcome);
    turns.push({ id: `i${i + 1}`, role: 'interviewer', text: outcome.text, at: now.toISOString() });
    state = outcome.state;
    if (outcome.status === 'completed') break;
  }
  return { start, turns, outcomes, pieces };
}
