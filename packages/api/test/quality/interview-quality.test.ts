// The acceptance bars of issue 12 ("Interviews that listen", "What must be true") on the stricter harness: 21
// scripted participants through the real API, both strategies, part of `npm test`. They failed on the interviewer as
// it stood when the harness was written (see bench/RESULTS.md, "Interview quality — replay harness"). Do not loosen a
// bar to make it pass: fix the interviewer, or show that a participant's ground truth is wrong. Each transcript, with
// the rubric's marks, is written to .test-output/transcripts/<strategy>/<participant>.md to read why.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runStrategy, type StrategyRun, type Strategy } from './run.ts';
import { total, type Counts } from './rubric.ts';
import { writeTranscripts } from './transcripts.ts';

const OUT = join(import.meta.dirname, '../../../../.test-output/transcripts');

describe.each(['offline', 'llm'] as Strategy[])('issue 12 bars — %s interviewer, scripted participants through the real API', (strategy) => {
  let run: StrategyRun;
  let c: Counts;
  /** The participants whose interviews failed a count, to say where to look. */
  const where = (key: keyof Counts) =>
    run.scored
      .filter((s) => s.score[key] > 0)
      .map((s) => s.replay.participant.name)
      .join(', ');
  /** The failed marks of a kind, with participant and turn. */
  const failed = (pattern: RegExp) =>
    run.scored.flatMap((s) => s.score.marks.filter((m) => !m.ok && pattern.test(m.note)).map((m) => `${s.replay.participant.name}@${m.at}: ${m.note}`));

  beforeAll(async () => {
    run = await runStrategy(strategy);
    c = total(run.scored.map((s) => s.score));
    await writeTranscripts(OUT, strategy, run.scored);
  }, 90_000);

  it('asks no question whose intent the participant already answered', () => {
    expect(failed(/ again \(already told/)).toEqual([]);
    expect(c.saidAsISaid, where('saidAsISaid')).toBe(0);
  });

  it('follows up at least 60% of warranted answers in the participant’s own content words', () => {
    expect(c.warranted).toBeGreaterThanOrEqual(15);
    expect(c.warrantedQuoted / c.warranted, failed(/follow-up/).join('\n')).toBeGreaterThanOrEqual(0.6);
  });

  it('ends the interview within one turn on every stop request (mid-message, es, fr, de), recorded as stopped', () => {
    expect(c.stops).toBeGreaterThanOrEqual(6);
    expect(failed(/stop ignored|recorded as/)).toEqual([]);
    expect(c.stopsHonoured).toBe(c.stops);
    expect(c.stoppedShownComplete, where('stoppedShownComplete')).toBe(0);
    expect(c.falseStops, where('falseStops')).toBe(0);
  });

  it('never probes a non-content word', () => {
    expect(failed(/non-content/)).toEqual([]);
  });

  it('answers every question back truthfully, then asks the question again', () => {
    expect(c.questionsBack).toBeGreaterThanOrEqual(4);
    expect(failed(/question back/)).toEqual([]);
  });

  it('asks one open, neutral question per reply', () => {
    expect(failed(/questions in one reply|yes\/no|leading/)).toEqual([]);
  });

  it('acknowledges fittingly: no stock praise after a non-answer, anger or injection; empathy after distress', () => {
    expect(failed(/stock praise|no empathy/)).toEqual([]);
  });

  it('honours skip, clarify and short-of-time requests, sets off-topic aside and ignores injections', () => {
    expect(failed(/skip|reworded|clarification|short of time|off-topic|injection/)).toEqual([]);
  });

  it('speaks the study’s language: at most one language notice, no foreign fragments spliced in', () => {
    expect(c.interviewsWithRepeatedNotice, where('interviewsWithRepeatedNotice')).toBe(0);
    expect(failed(/spliced|English in a Spanish/)).toEqual([]);
  });

  it('reaches every mandatory question unless the participant stopped', () => {
    expect(failed(/mandatory questions never asked/)).toEqual([]);
  });

  it('reads naturally and never shows the model’s format', () => {
    expect(failed(/unnatural|model format/)).toEqual([]);
  });

  it.runIf(strategy === 'llm')('turns the scripted model’s misformats into one question per reply', () => {
    // The guards were exercised: the model did send each kind of misformat…
    for (const kind of ['decorated or capitalised move word', 'no NOTE line', 'a question in a `next` acknowledgement', 'a question in a `wrap`']) {
      expect(run.model!.misformats[kind] ?? 0, kind).toBeGreaterThan(0);
    }
    // …and none reached the participant as two questions or as format.
    expect(c.doubleQuestions, where('doubleQuestions')).toBe(0);
    expect(c.formatLeaks, where('formatLeaks')).toBe(0);
  });
});
