import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSentenceEmbedder } from '../../../src/analysis/meaning/node-embedder.ts';
import { findEvidence } from '../../../src/analysis/ask/find-evidence.ts';
import { answerSentences } from '../../../src/analysis/ask/answer-sentences.ts';
import { splitSentences } from '../../../src/analysis/offline/sentences.ts';
import { runAskStudy, type AskStudyRun } from './run-ask-study.ts';
import { ASK_INTERVIEWS, DECOY_SENTENCES } from './ask-study.ts';
import { citedInterviews, expectCountsMatchCitations, expectRealCitations, sharesNoWord } from './ask-checks.ts';

const CLOSED = 'Why were people unhappy after their ticket was closed?';
const REPEAT = 'Did anyone have to explain their problem more than once?';

describe('ask, hybrid retrieval (words and sentence vectors) through the API', () => {
  let run: AskStudyRun;
  beforeAll(async () => {
    // The first ever load derives the embeddings cache from the package (a few seconds); later loads take ~100 ms.
    run = await runAskStudy({ embedder: await loadSentenceEmbedder() });
  }, 120_000);
  afterAll(() => run?.close());

  it('answers why people were unhappy after their ticket was closed from several interviews, paraphrases included', async () => {
    const res = await run.ask(CLOSED);
    await expectRealCitations(run, res);
    expectCountsMatchCitations(res, 24);
    const { cited, onSubject } = citedInterviews(run, res, 'after_close');
    expect(onSubject).toBeGreaterThanOrEqual(3);
    expect(onSubject / cited).toBeGreaterThanOrEqual(0.8);
    // Different interviews first: no interview is quoted twice while another one that speaks to it is not quoted.
    expect(cited).toBe(res.citations.length);
    // Sentences that share no word with the question, found by the taxonomy and by meaning.
    const paraphrases = res.citations.filter((c) => sharesNoWord(c.text, CLOSED)).map((c) => c.text);
    expect(paraphrases.length).toBeGreaterThanOrEqual(2);
    // Paraphrases found by meaning (feedback from the sentences found on their words) include ones with no shared word.
    expect(paraphrases.some((p) => /abandoned|left on my own|square one|chase/.test(p))).toBe(true);
    for (const c of res.citations) expect(DECOY_SENTENCES).not.toContain(c.text);
    expect(res.answer).toMatch(/negative/);
    // 9 of 12 starter interviews planted against 1 of 12 enterprise ones: the segment is named, with its counts.
    expect(res.answer).toMatch(/It comes up most with plan “starter”: \d+ of 12 such interviews, against \d of 12 others\./);
  });

  it('says plainly that no interview mentions what nobody said, with no citation', async () => {
    expect(await run.ask('What did customers say about our pricing page?')).toEqual({ answer: 'None of the 24 interviews mention “pricing page”.', citations: [] });
    expect(await run.ask('What do people think of the mobile app?')).toEqual({ answer: 'None of the 24 interviews mention “mobile app”.', citations: [] });
    expect(await run.ask('What do they think of our blockchain roadmap?')).toEqual({ answer: 'None of the 24 interviews mention “blockchain roadmap”.', citations: [] });
  });

  it('names a segment only when the counts support it', async () => {
    // Explaining it again is planted 3 times on starter and 2 on enterprise: nothing stands out.
    const res = await run.ask(REPEAT);
    await expectRealCitations(run, res);
    expectCountsMatchCitations(res, 24);
    expect(citedInterviews(run, res, 'repeat').onSubject).toBeGreaterThanOrEqual(3);
    expect(res.answer).not.toMatch(/comes up most/);
  });

  it('never lets a decoy in, even among all the evidence it finds', async () => {
    const model = await run.model();
    for (const question of [CLOSED, REPEAT, 'What did people like about the support agents?', 'Who waited a long time for a first reply?']) {
      const evidence = findEvidence(run.analysis.engine, model, question, { passages: 1000 });
      expect(evidence.kind, question).toBe('answer');
      for (const p of evidence.passages) expect(DECOY_SENTENCES, `${question} → ${p.text}`).not.toContain(p.text);
    }
    const closed = findEvidence(run.analysis.engine, model, CLOSED, { passages: 1000 });
    const offSubject = closed.passages.filter((p) => !run.interviewOf.get(p.sessionId)!.truth.includes('after_close'));
    expect(offSubject.map((p) => p.text)).toEqual([]);
  });

  it('reads every answer sentence when given the transcripts; the analysis alone holds only some of them', async () => {
    const model = await run.model();
    const all = ASK_INTERVIEWS.flatMap((iv) => iv.answers.flatMap((a) => splitSentences(a).map((s) => s.text)));
    const held = new Set(answerSentences(model, run.analysis.engine).map((s) => s.text));
    const read = new Set(answerSentences(model, run.analysis.engine, await run.transcripts()).map((s) => s.text));
    // All but the closing non-answers, which are not evidence (as the analysis reads them too).
    expect(all.filter((s) => !read.has(s))).toEqual(["Not really, that's about it.", 'Nothing to add.']);
    // Sentences with too little to place in a theme are not mentions ("I ended up telling the same story to three
    // different people."): the ask route must pass transcripts for retrieval to see them.
    expect(all.filter((s) => !held.has(s)).length).toBeGreaterThan(0);
  });
});
