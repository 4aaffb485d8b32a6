/**
 * Issue 13's "what must be true" bars, measured through the real API on the support corpus (48 interviews, seed 13)
 * and on a held-out draw of it (60 interviews, seed 2024: other phrasings dealt, other people, the same rates), the
 * way the hidden corpus will be run. Not part of `npm test` yet (the default include is *.test.ts): most bars fail
 * today, which is what they are for. Run from packages/api with a config such as
 *   export default { test: { root: '/work/main/packages/api', include: ['test/analysis/corpus/*.bars.ts'], testTimeout: 180000, hookTimeout: 600000 } }
 *   npx vitest run --config /tmp/analysis-bars.config.ts
 * Every failure message carries the measured value and the evidence; bench/analysis-quality.ts prints the same table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { replayCorpus } from './replay-corpus.ts';
import { formatScorecard, scoreRun, type Scorecard } from './score-insights.ts';
import { buildSupportCorpus, type Corpus } from './support-corpus.ts';

function bars(name: string, corpus: Corpus, options: { rerun: boolean }) {
  describe(name, () => {
    let card: Scorecard;
    beforeAll(async () => {
      const run = await replayCorpus(corpus);
      // A second identical run in a fresh app: the same data must give the same personas, whatever the ids.
      const rerun = options.rerun ? await replayCorpus(corpus) : undefined;
      card = scoreRun(corpus, run, rerun);
      console.log(`${name}\n${formatScorecard(card)}`);
    });

    it('delivers every line of every interview (the corpus, not the interviewer, decides what was said)', () => {
      expect(card.undeliveredAnswers).toBe(0);
      expect(card.sessionsAnalyzed).toBe(card.interviews);
    });

    it('finds all five planted pain themes, none mixed with praise', () => {
      expect(card.recall.perTheme.filter((p) => p.foundAs.length === 0).map((p) => p.theme), JSON.stringify(card.recall.perTheme)).toEqual([]);
      expect(card.mixedThemes).toEqual([]);
    });

    it('shows planted findings in the top 10 (precision ≥ 0.8)', () => {
      expect(card.top10.precision, `wrong: ${card.top10.wrong.join('; ')}`).toBeGreaterThanOrEqual(0.8);
    });

    it('reports how many interviews raised each planted theme within 10 points', () => {
      expect(card.prevalence.perTheme.filter((p) => p.error > 10).map((p) => `${p.theme}: truth ${p.truth}%, shown ${p.shown}% (${p.error} pts)`)).toEqual([]);
    });

    it('orders sentiment by outcome and by plan as the interviews do', () => {
      for (const p of card.ordering.pairs) expect(p.ok, `${p.attribute}: shown ${JSON.stringify(p.shown)} vs truth ${JSON.stringify(p.truth)}`).toBe(true);
    });

    it('never sums up a study where most people complain as positive', () => {
      expect(card.headline.mostComplain).toBe(true);
      expect(card.headline.problems).toEqual([]);
    });

    it('ties every citation to a participant turn it quotes verbatim', () => {
      expect(card.citations.unresolved).toEqual([]);
    });

    it('answers questions nobody spoke to with "no evidence" and zero citations', () => {
      for (const a of card.asks.filter((x) => !x.answerable)) expect(a.ok, `${a.question}: ${a.why}`).toBe(true);
    });

    it('answers questions the interviews do speak to from several interviews, on topic', () => {
      for (const a of card.asks.filter((x) => x.answerable)) expect(a.ok, `${a.question}: ${a.why}`).toBe(true);
    });

    it('counts only answers: requests, questions back and injections are neither quoted nor analysed', () => {
      expect(card.nonAnswerQuotes).toEqual([]);
      expect(card.nonAnswersIgnored?.notIgnored ?? ['no export']).toEqual([]);
    });

    it('reads negation, contrast and hedges with the right sign (≥ 90%)', () => {
      expect(card.tricky!.right, card.tricky!.wrong.join('\n')).toBeGreaterThanOrEqual(0.9 * card.tricky!.total);
    });

    it('surfaces each single-interview signal with its quote, and not the denial', () => {
      expect(card.signals.perSignal.filter((s) => !s.found).map((s) => s.signal)).toEqual([]);
      expect(card.signals.falsePositives.filter((f) => /cancel over this/.test(f))).toEqual([]);
    });

    it('recommends fixes for planted pains first', () => {
      const bar = card.bars.find((b) => b.id === 'fixes')!;
      expect(bar.pass, JSON.stringify(card.fixes.top)).toBe(true);
    });

    it('builds personas whose goals are never a request or filler, the same for the same data', () => {
      expect(card.personas.count).toBeGreaterThanOrEqual(2);
      expect(card.personas.badGoals).toEqual([]);
      expect(card.personas.sameOnReask).toBe(true);
      if (options.rerun) expect(card.personas.sameOnRerun).toBe(true);
    });
  });
}

bars('support corpus (48 interviews, seed 13), offline', buildSupportCorpus(), { rerun: true });
bars('held-out draw (60 interviews, seed 2024), offline', buildSupportCorpus({ count: 60, seed: 2024 }), { rerun: false });
