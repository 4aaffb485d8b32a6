import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEvidence } from '../../../src/analysis/ask/find-evidence.ts';
import { runAskStudy, type AskStudyRun } from './run-ask-study.ts';
import { DECOY_SENTENCES } from './ask-study.ts';
import { citedInterviews, expectCountsMatchCitations, expectRealCitations, sharesNoWord } from './ask-checks.ts';

const CLOSED = 'Why were people unhappy after their ticket was closed?';

/** As on the edge runtimes: no embeddings file, so no sentence vectors; retrieval goes by words, with the same bars. */
describe('ask without an embedder (words only) through the API', () => {
  let run: AskStudyRun;
  beforeAll(async () => {
    run = await runAskStudy();
  }, 120_000);
  afterAll(() => run?.close());

  it('still answers from several interviews, with taxonomy paraphrases, counts that match and the segment', async () => {
    const res = await run.ask(CLOSED);
    await expectRealCitations(run, res);
    expectCountsMatchCitations(res, 24);
    const { cited, onSubject } = citedInterviews(run, res, 'after_close');
    expect(onSubject).toBeGreaterThanOrEqual(3);
    expect(onSubject / cited).toBeGreaterThanOrEqual(0.8);
    // "The case was marked as solved…" is resolution in the taxonomy, as "after their ticket was closed" is.
    expect(res.citations.some((c) => sharesNoWord(c.text, CLOSED))).toBe(true);
    for (const c of res.citations) expect(DECOY_SENTENCES).not.toContain(c.text);
    expect(res.answer).toMatch(/plan “starter”/);
  });

  it('gives the same plain "none" when the question names what nobody said', async () => {
    expect(await run.ask('What did customers say about our pricing page?')).toEqual({ answer: 'None of the 24 interviews mention “pricing page”.', citations: [] });
    expect(await run.ask('What do people think of the mobile app?')).toEqual({ answer: 'None of the 24 interviews mention “mobile app”.', citations: [] });
    // Without vectors no other word stands in for a missing one: nobody said "pets".
    expect((await run.ask('What did people say about their pets?')).citations).toEqual([]);
  });

  it('keeps decoys out by the words bar alone', async () => {
    const model = await run.model();
    expect(model.embedder).toBeUndefined();
    const evidence = findEvidence(run.analysis.engine, model, CLOSED, { passages: 1000 });
    for (const p of evidence.passages) expect(DECOY_SENTENCES).not.toContain(p.text);
  });
});
