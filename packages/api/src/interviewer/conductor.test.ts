import { describe, expect, it } from 'vitest';
import { Plan, type Experience } from '@parley/protocol';
import { createInterviewer } from './conductor.ts';
import type { Decision, InterviewStrategy, TurnContext } from './strategy.ts';
import { streamPieces } from './pieces.ts';
import { simulateInterview } from './simulate.ts';
import type { Interviewer } from './interviewer.ts';
import { createQuestionMatcher } from './question-match.ts';
import { createTextNlp } from './offline/nlp.ts';

const matcher = createQuestionMatcher(createTextNlp());

const plan = Plan.parse({
  researchType: 'evaluative',
  description: 'How people get help.',
  goals: ['one', 'two', 'three'],
  targetParticipants: 'customers',
  mandatoryQuestions: ['Tell me about the last issue you had.', 'How much effort did it take to resolve the issue?', 'What would have made getting help better?'],
  coreQuestions: ['Which channel did you use?', 'Walk me through what happened after you got in touch.', 'How did the issue end up?', 'What did you do after the issue was closed?'],
  flow: ['What happened', 'Resolution', 'Looking back'],
  maxTurns: 16,
  maxMinutes: 15,
});
const experience: Experience = {
  title: 'Getting help',
  welcomeMessage: 'A long welcome message the widget shows on its own screen.',
  researcher: { name: 'Dana Reyes' },
  endCta: { text: 'Back to your dashboard', url: 'https://app.example.com/home' },
};

/** A strategy that always probes when allowed, otherwise takes the first allowed move, and words it plainly. */
function eagerProber(overrides: Partial<InterviewStrategy> = {}): InterviewStrategy {
  let n = 0;
  return {
    kind: 'llm',
    async decide(ctx) {
      return { move: ctx.allowed.includes('probe') ? 'probe' : ctx.allowed[0]! };
    },
    word(ctx: TurnContext, d: Decision) {
      n += 1;
      if (d.move === 'probe') return streamPieces(`Probe number ${n}: could you say more?`);
      if (d.move === 'next_question') return streamPieces(`Okay. ${ctx.nextQuestion!.text}`);
      if (d.move === 'clarify') return streamPieces(`Put differently (${n}): ${ctx.question!.text}`);
      return streamPieces('Thank you.');
    },
    ...overrides,
  };
}

const mandatoryAsked = (iv: { turns: { role: string; text: string }[] }) =>
  plan.mandatoryQuestions.every((q) => iv.turns.some((t) => t.role === 'interviewer' && t.text.includes(q)));

describe('the conductor', () => {
  it('greets briefly with the title and researcher, then asks the first question (not the welcome message)', () => {
    const start = createInterviewer({ strategy: eagerProber(), matcher }).start({ plan, experience });
    expect(start.text).toContain('Getting help');
    expect(start.text).toContain('Dana Reyes');
    expect(start.text).not.toContain(experience.welcomeMessage);
    expect(start.text.endsWith(plan.mandatoryQuestions[0]!)).toBe(true);
    expect(start.progress).toMatchObject({ asked: 1, total: 7, fraction: 0, mandatoryCovered: 1, mandatoryTotal: 3 });
    expect(JSON.parse(JSON.stringify(start.state))).toEqual(start.state);
  });

  it('streams a reply in several small pieces that join to the outcome text', async () => {
    const iv = createInterviewer({ strategy: eagerProber(), matcher });
    const start = iv.start({ plan, experience });
    const stream = iv.reply({ plan, experience, state: start.state, turns: [], answer: 'It broke.', startedAt: new Date(0), now: new Date(1000) });
    const pieces: string[] = [];
    for await (const p of stream.deltas) pieces.push(p);
    const outcome = await stream.outcome;
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.trim().split(/\s+/).length <= 3)).toBe(true);
    expect(pieces.join('')).toBe(outcome.text);
  });

  it('settles the outcome even when nobody reads the pieces', async () => {
    const iv = createInterviewer({ strategy: eagerProber(), matcher });
    const start = iv.start({ plan, experience });
    const outcome = await iv.reply({ plan, experience, state: start.state, turns: [], answer: 'x', startedAt: new Date(0), now: new Date(0) }).outcome;
    expect(outcome.status).toBe('active');
  });

  it('keeps inside maxTurns, lets follow-ups take turns from core questions, and still asks every mandatory question', async () => {
    const tight = { ...plan, maxTurns: 6 };
    const run = await simulateInterview(createInterviewer({ strategy: eagerProber(), matcher }), { plan: tight, experience, answers: ['An answer.'] });
    const last = run.outcomes.at(-1)!;
    expect(last.status).toBe('completed');
    expect(run.outcomes.length).toBeLessThanOrEqual(tight.maxTurns);
    expect(mandatoryAsked(run)).toBe(true);
    expect(last.endReason).toBe('turn_budget');
    expect(last.progress.total).toBeLessThan(7);
    expect(last.progress).toMatchObject({ fraction: 1, asked: last.progress.total });
    for (const o of run.outcomes) expect(o.state.probes).toBeLessThanOrEqual(2);
  });

  it('with room to spare, probes at most twice per question and completes the whole guide', async () => {
    const run = await simulateInterview(createInterviewer({ strategy: eagerProber(), matcher }), { plan: { ...plan, maxTurns: 60 }, experience, answers: ['An answer.'] });
    const last = run.outcomes.at(-1)!;
    expect(last).toMatchObject({ status: 'completed', endReason: 'completed', progress: { asked: 7, total: 7, fraction: 1 } });
    expect(run.outcomes.filter((o) => o.move === 'probe')).toHaveLength(14);
  });

  it('past the time budget asks only the remaining mandatory questions, without probes, then wraps up', async () => {
    const run = await simulateInterview(createInterviewer({ strategy: eagerProber(), matcher }), {
      plan,
      experience,
      answers: ['An answer.'],
      minutesPerTurn: 8,
    });
    const moves = run.outcomes.map((o) => o.move);
    // First reply at minute 8 (in budget), then minute 16 onwards (over a 15-minute budget).
    expect(moves[0]).toBe('probe');
    expect(moves.slice(1).filter((m) => m === 'probe')).toHaveLength(0);
    expect(mandatoryAsked(run)).toBe(true);
    const last = run.outcomes.at(-1)!;
    expect(last).toMatchObject({ status: 'completed', endReason: 'time_budget' });
    const askedCore = last.state.askedQuestionIds.filter((id) => id.startsWith('c'));
    expect(askedCore).toEqual([]);
  });

  it('ends at once when the participant asks to stop, whatever the strategy would like', async () => {
    const run = await simulateInterview(createInterviewer({ strategy: eagerProber(), matcher }), { plan, experience, answers: ['I want to stop'] });
    expect(run.outcomes).toHaveLength(1);
    const [outcome] = run.outcomes;
    expect(outcome).toMatchObject({ move: 'wrap_up', status: 'completed', endReason: 'participant_stopped' });
    // Stopped with mandatory questions unasked: never reported as fully covered.
    expect(outcome!.progress.fraction).toBeLessThan(1);
    // The first question was asked but never answered: it does not count as covered.
    expect(outcome!.progress).toMatchObject({ mandatoryCovered: 0, mandatoryTotal: 3 });
    expect(outcome!.state.coverage).toMatchObject({ m1: { status: 'skipped' }, m2: { status: 'not_reached' }, m3: { status: 'not_reached' } });
    // The call-to-action is the client's button (experience.endCta), never glued to the last sentence.
    expect(outcome!.text).not.toContain('Back to your dashboard');
  });

  it('falls back to the guide wording when the strategy throws, and the interview goes on', async () => {
    const broken = eagerProber({
      async decide() {
        throw new Error('model unavailable');
      },
    });
    const run = await simulateInterview(createInterviewer({ strategy: broken, matcher }), { plan, experience, answers: ['An answer.'] });
    expect(run.outcomes.every((o) => o.fellBack)).toBe(true);
    expect(run.outcomes.at(-1)).toMatchObject({ status: 'completed', endReason: 'completed' });
    expect(mandatoryAsked(run)).toBe(true);
    // Mandatory questions come first when a plan is written as the two lists.
    expect(run.outcomes[0]!.text).toContain(plan.mandatoryQuestions[1]);
  });

  it('asks a guide question worded as a request ("Walk me through…") once, when the strategy built it into its reply', async () => {
    const bridging = eagerProber({
      decide: async (ctx) => ({ move: ctx.allowed.includes('next_question') ? 'next_question' : ctx.allowed[0]! }),
      word: (ctx, d) => streamPieces(d.move === 'next_question' ? `You mentioned the wait earlier — ${ctx.nextQuestion!.text[0]!.toLowerCase()}${ctx.nextQuestion!.text.slice(1)}` : 'Thank you.'),
    });
    const run = await simulateInterview(createInterviewer({ strategy: bridging, matcher }), { plan, experience, answers: ['An answer.'] });
    const walk = run.turns.filter((t) => t.role === 'interviewer' && /walk me through/i.test(t.text));
    expect(walk).toHaveLength(1);
    expect(walk[0]!.text.match(/walk me through/gi)).toHaveLength(1);
    // A question that ends in "?" is still asked once too.
    for (const t of run.turns.filter((x) => x.role === 'interviewer')) expect(t.text.split('?').length - 1, t.text).toBeLessThanOrEqual(1);
  });

  it('falls back when the strategy picks a move it was not allowed (wrapping up early)', async () => {
    const quitter = eagerProber({ decide: async () => ({ move: 'wrap_up' }) });
    const iv: Interviewer = createInterviewer({ strategy: quitter, matcher });
    const start = iv.start({ plan, experience });
    const outcome = await iv.reply({ plan, experience, state: start.state, turns: [], answer: 'Fine.', startedAt: new Date(0), now: new Date(0) }).outcome;
    expect(outcome).toMatchObject({ fellBack: true, status: 'active', move: 'next_question' });
  });

  it('completes the reply with the guide wording when the strategy fails half-way through', async () => {
    const stutter = eagerProber({
      async *word() {
        yield 'Thanks, ';
        throw new Error('stream cut');
      },
    });
    const iv = createInterviewer({ strategy: stutter, matcher });
    const start = iv.start({ plan, experience });
    const stream = iv.reply({ plan, experience, state: start.state, turns: [], answer: 'An answer.', startedAt: new Date(0), now: new Date(0) });
    const pieces: string[] = [];
    for await (const p of stream.deltas) pieces.push(p);
    const outcome = await stream.outcome;
    expect(outcome.fellBack).toBe(true);
    expect(outcome.text.startsWith('Thanks, ')).toBe(true);
    // The strategy had chosen to probe; the guide words that same move.
    expect(outcome.move).toBe('probe');
    expect(outcome.text).toMatch(/^Thanks, [A-Z][^?]*\?$/);
    expect(pieces.join('')).toBe(outcome.text);
  });

  it('rephrases a question once on request, without counting it as a new question', async () => {
    const iv = createInterviewer({ strategy: eagerProber(), matcher });
    const start = iv.start({ plan, experience });
    const ask = (state: typeof start.state, answer: string) =>
      iv.reply({ plan, experience, state, turns: [], answer, startedAt: new Date(0), now: new Date(0) }).outcome;
    const first = await ask(start.state, 'What do you mean?');
    expect(first).toMatchObject({ move: 'clarify', progress: { asked: start.progress.asked, total: start.progress.total } });
    const second = await ask(first.state, 'What do you mean?');
    expect(second.move).toBe('next_question');
  });

  it('skips a question on request without probing it and never comes back to it', async () => {
    const run = await simulateInterview(createInterviewer({ strategy: eagerProber(), matcher }), {
      plan,
      experience,
      answers: (i) => (i === 0 ? 'skip' : 'An answer.'),
    });
    expect(run.outcomes[0]!.move).toBe('next_question');
    const firstQuestion = plan.mandatoryQuestions[0]!;
    expect(run.turns.slice(1).filter((t) => t.text.includes(firstQuestion))).toHaveLength(0);
  });

  it('keeps progress moving forward and the state JSON-serialisable', async () => {
    const run = await simulateInterview(createInterviewer({ strategy: eagerProber(), matcher }), { plan, experience, answers: ['An answer.'] });
    const fractions = [run.start.progress.fraction, ...run.outcomes.map((o) => o.progress.fraction)];
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    for (const o of run.outcomes) expect(JSON.parse(JSON.stringify(o.state))).toEqual(o.state);
  });

  it('stops producing a reply once the request is aborted', async () => {
    const iv = createInterviewer({ strategy: eagerProber(), matcher });
    const start = iv.start({ plan, experience });
    const controller = new AbortController();
    controller.abort(new Error('client went away'));
    const stream = iv.reply({ plan, experience, state: start.state, turns: [], answer: 'x', startedAt: new Date(0), now: new Date(0), signal: controller.signal });
    await expect(stream.outcome).rejects.toThrow('client went away');
    await expect((async () => { for await (const _ of stream.deltas) void _; })()).rejects.toThrow('client went away');
  });

  it('answers a turn on an already finished interview with a closing, not a new question', async () => {
    const iv = createInterviewer({ strategy: eagerProber(), matcher });
    const stopped = (await simulateInterview(iv, { plan, experience, answers: ['stop'] })).outcomes[0]!;
    const again = await iv.reply({ plan, experience, state: stopped.state, turns: [], answer: 'one more thing', startedAt: new Date(0), now: new Date(0) }).outcome;
    expect(again).toMatchObject({ move: 'wrap_up', status: 'completed' });
  });
});
