import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runReplays, writeTranscripts, type Scored, type Strategy } from './run-replays.ts';
import { total } from './rubric.ts';

// The bars of issue 12 ("Interviews that listen"), checked on our own scripted participants through the real API.
const results = new Map<Strategy, Scored[]>();
afterAll(async () => {
  for (const [strategy, scored] of results) await writeTranscripts(join(import.meta.dirname, '../../../../.test-output/transcripts'), strategy, scored);
});

describe.each(['offline', 'llm'] as const)('scripted participants interviewed by the %s interviewer', (strategy) => {
  it('meets the listening bars: no re-asking, follow-ups in their words, requests honoured, questions back answered', { timeout: 120_000 }, async () => {
    const scored = await runReplays(strategy);
    results.set(strategy, scored);
    const t = total(scored.map((s) => s.score));
    const where = (key: keyof typeof t) => scored.filter((s) => s.score[key] > 0).map((s) => s.replay.participant.name).join(', ');
    // No question whose intent was already answered is asked again (the participant never has to say "as I said").
    expect(t.repeats, where('repeats')).toBe(0);
    // At least 60% of warranted follow-ups quote the participant's own content words.
    expect(t.warrantedQuoted / t.warranted).toBeGreaterThanOrEqual(0.6);
    // Every stop request (mid-message, fr/es/de included) ends the interview within one turn, and it is reported as stopped.
    expect(t.stopsHonoured).toBe(t.stops);
    expect(t.stops).toBeGreaterThanOrEqual(4);
    // No probe of a non-content word; no stock praise after a non-answer, anger or an injection attempt.
    expect(t.nonContentProbes, where('nonContentProbes')).toBe(0);
    expect(t.praiseAfterNothing, where('praiseAfterNothing')).toBe(0);
    // Every question back answered truthfully, then the question asked again.
    expect(t.questionsBackAnswered, where('questionsBack')).toBe(t.questionsBack);
    // One question per reply, open, not leading; skips, clarifications and "short of time" honoured; one language notice at most.
    expect(t.doubleQuestions, where('doubleQuestions')).toBe(0);
    expect(t.closedQuestions, where('closedQuestions')).toBe(0);
    expect(t.leadingQuestions).toBe(0);
    expect(t.skipsHonoured).toBe(t.skips);
    expect(t.clarifiesReworded).toBe(t.clarifies);
    expect(t.hurriesHonoured).toBe(t.hurries);
    expect(t.splicedForeign).toBe(0);
    for (const s of scored) expect(s.score.languageNotices, s.replay.participant.name).toBeLessThanOrEqual(1);
    // Mandatory questions covered unless the participant stopped; a stopped interview never reads as 100%.
    expect(t.mandatoryMissed, where('mandatoryMissed')).toBe(0);
    expect(t.unnatural, where('unnatural')).toBe(0);
  });
});
