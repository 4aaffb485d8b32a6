/**
 * Analysis quality, two ways.
 * 1. Theme recovery on the synthetic support study (packages/api/test/analysis/fixture/): 8 planted themes, each
 *    phrased eight ways, across 3 plans, among filler, written straight into a store. Prints theme-level
 *    precision/recall and, per planted theme, the best theme's turn-level precision/recall, for several seeds and sizes.
 * 2. Issue 13's bars on the support corpus (packages/api/test/analysis/corpus/): whole interviews run through the real
 *    API (offline interviewer and analysis), judged as a research lead would: planted-theme recall, top-10 precision,
 *    prevalence error, sentiment ordering, headline, citations, "no evidence", only answers, tricky sentiment, signals,
 *    fixes, personas. Each corpus is run twice (the second run checks that the same data gives the same personas).
 * Usage: node --import tsx bench/analysis-quality.ts [--sessions 66,300] [--seeds 42,7,1234] [--corpus 48:13,60:2024]
 *        [--only fixture|corpus] [--strategy offline|offline-words|corpus-model|corpus-model-exact|llm] [--verbose]
 * `offline` is the Node runtime's analysis (sentence vectors by meaning), `offline-words` the edge runtimes' (words
 * alone), `llm` a model at OPENAI_BASE_URL / OPENAI_API_KEY (interviewer and analysis, as `npm start` wires them),
 * `corpus-model` the model path's analysis against a model that reads the corpus as a capable LLM would, with a
 * realistic share of misses and confusions (test/analysis/corpus/corpus-model.ts, over msw), `corpus-model-exact` the
 * same model without them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openEmbeddedStore } from '../packages/api/src/store/embedded/embedded-store.ts';
import { createAnalysis } from '../packages/api/src/analysis/analysis.ts';
import { seedSupportStudy } from '../packages/api/test/analysis/fixture/support-study.ts';
import { scoreRecovery } from '../packages/api/test/analysis/fixture/theme-recovery.ts';
import { buildSupportCorpus, type Corpus } from '../packages/api/test/analysis/corpus/support-corpus.ts';
import { corpusModelStrategy } from '../packages/api/test/analysis/corpus/corpus-model.ts';
import { llmStrategy, offlineStrategy, replayCorpus, type ReplayStrategy } from '../packages/api/test/analysis/corpus/replay-corpus.ts';
import { readLlmConfig } from '../packages/api/src/llm/config.ts';
import { formatScorecard, scoreRun, type Scorecard } from '../packages/api/test/analysis/corpus/score-insights.ts';
import { benchDeps } from './analysis-support.ts';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '66,300' },
    seeds: { type: 'string', default: '42,7,1234' },
    corpus: { type: 'string', default: '48:13,60:2024' },
    only: { type: 'string' },
    strategy: { type: 'string', default: 'offline' },
    verbose: { type: 'boolean', default: false },
  },
});
const pct = (n: number) => `${Math.round(n * 100)}%`;

/** Part 1: the synthetic fixture's theme recovery, as this bench has always printed it. */
async function syntheticFixture(sizes: number[], seeds: number[]): Promise<void> {
  for (const size of sizes) {
    const rows: ReturnType<typeof scoreRecovery>[] = [];
    for (const seed of seeds) {
      const dir = await mkdtemp(join(tmpdir(), 'parley-quality-'));
      const store = await openEmbeddedStore(dir);
      await store.createWorkspace({ id: 'ws_bench', name: 'Bench', allowedOrigins: [], createdAt: new Date().toISOString() }, []);
      const seeded = await seedSupportStudy(store, 'ws_bench', { count: size, seed, batch: 50 });
      const analysis = createAnalysis();
      const view = await analysis.view(benchDeps(store), 'ws_bench', seeded.studyId);
      const recovery = scoreRecovery(view!.entry.model, seeded.truth);
      rows.push(recovery);
      console.log(`\n${size} sessions, seed ${seed}: theme precision ${pct(recovery.themePrecision)}, theme recall ${pct(recovery.themeRecall)}`);
      for (const s of recovery.shown) console.log(`  shown  ${s.label.padEnd(34)} ${String(s.count).padStart(4)} sessions  → ${s.matches ?? '(not planted)'} (purity ${pct(s.purity)})`);
      for (const p of recovery.perTheme) console.log(`  planted ${p.planted.padEnd(13)} → ${String(p.found).padEnd(30)} turn P ${pct(p.precision)}  R ${pct(p.recall)}`);
      // The debounced insights.updated announcement would otherwise fire at a closed store.
      await analysis.idle();
      analysis.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
    const mean = (f: (r: ReturnType<typeof scoreRecovery>) => number) => rows.reduce((s, r) => s + f(r), 0) / rows.length;
    const turnP = mean((r) => r.perTheme.reduce((s, p) => s + p.precision, 0) / r.perTheme.length);
    const turnR = mean((r) => r.perTheme.reduce((s, p) => s + p.recall, 0) / r.perTheme.length);
    // Shown themes that match a planted theme another shown theme already matches: one subject split in two.
    const fragments = mean((r) => r.shown.filter((s) => s.matches).length - new Set(r.shown.map((s) => s.matches).filter(Boolean)).size);
    const shown = mean((r) => r.shown.length);
    console.log(`\n| ${size} | ${seeds.length} | ${shown.toFixed(1)} | ${pct(mean((r) => r.themePrecision))} | ${pct(mean((r) => r.themeRecall))} | ${fragments.toFixed(1)} | ${pct(turnP)} | ${pct(turnR)} |`);
  }
}

/** Part 2: issue 13's bars on each corpus draw, one table row per draw. */
async function corpusBars(draws: { count: number; seed: number }[], strategyFor: (corpus: Corpus) => ReplayStrategy, verbose: boolean): Promise<void> {
  let announced = false;
  const rows: { name: string; card: Scorecard; seconds: { replay: number; rerun: number; score: number } }[] = [];
  for (const { count, seed } of draws) {
    const corpus = buildSupportCorpus({ count, seed });
    const strategy = strategyFor(corpus);
    if (!announced) console.log(`\nSupport corpus through the API, strategy: ${strategy.name}`);
    announced = true;
    const t0 = performance.now();
    const run = await replayCorpus(corpus, { strategy });
    const t1 = performance.now();
    const calls = strategy.calls?.();
    const rerun = await replayCorpus(corpus, { strategy });
    const t2 = performance.now();
    const card = scoreRun(corpus, run, rerun);
    const t3 = performance.now();
    const name = `${count} interviews, seed ${seed}`;
    rows.push({ name, card, seconds: { replay: (t1 - t0) / 1000, rerun: (t2 - t1) / 1000, score: (t3 - t2) / 1000 } });
    console.log(`\n${name} (${run.timings.turns} turns through the API: interviews ${(run.timings.interviewsMs / 1000).toFixed(1)} s, analysis settle ${(run.timings.settleMs / 1000).toFixed(2)} s, reads ${(run.timings.readsMs / 1000).toFixed(2)} s)`);
    if (calls) console.log(`model requests (first run): ${Object.entries(calls).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    if (verbose) console.log(`${formatScorecard(card)}${run.personaNote ? `\npersonas note: ${run.personaNote}` : ''}`);
    else for (const b of card.bars) console.log(`  ${b.pass ? 'pass' : 'FAIL'}  ${b.name.padEnd(62)} ${b.value}`);
  }
  const yes = (ok: boolean) => (ok ? 'yes' : 'no');
  console.log('\n| corpus | recall | top-10 precision | prevalence error mean / max (pts) | ordering outcome, plan | headline ok | citations resolved | no evidence | answerable | only answers (quoted / analysed) | tricky sentiment | signals | top-3 fixes | personas (n, bad goals, stable) | mixed themes | findings on rerun | wall time (run + rerun) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { name, card: c, seconds } of rows) {
    const ordering = c.ordering.pairs.map((p) => yes(p.ok)).join(', ');
    const unanswerable = c.asks.filter((a) => !a.answerable);
    const answerable = c.asks.filter((a) => a.answerable);
    const analysed = c.nonAnswersIgnored ? c.nonAnswersIgnored.total - c.nonAnswersIgnored.ignored : '?';
    const stable = c.personas.sameOnReask && c.personas.sameOnRerun !== false;
    console.log(
      `| ${name} | ${c.recall.found}/${c.recall.total} | ${c.top10.precision.toFixed(2)} (${c.top10.right}/${c.top10.counted}) | ${c.prevalence.mean} / ${c.prevalence.max} | ${ordering} | ${yes(c.headline.ok)} | ${Math.round(c.citations.share * 1000) / 10}% of ${c.citations.total} | ${unanswerable.filter((a) => a.ok).length}/${unanswerable.length} | ${answerable.filter((a) => a.ok).length}/${answerable.length} | ${c.nonAnswerQuotes.length} / ${analysed} of ${c.nonAnswersIgnored?.total ?? '?'} | ${c.tricky ? `${c.tricky.right}/${c.tricky.total}` : '?'} | ${c.signals.found}/${c.signals.total}${c.signals.falsePositives.length ? ` +${c.signals.falsePositives.length}` : ''} | ${c.fixes.right}/${c.fixes.counted} | ${c.personas.count}, ${c.personas.badGoals.length}, ${yes(stable)} | ${c.mixedThemes.length} | ${c.rerunFindings ?? 'not run'} | ${seconds.replay.toFixed(1)} s + ${seconds.rerun.toFixed(1)} s |`,
    );
  }
  const passed = rows.map((r) => `${r.name}: ${r.card.bars.filter((b) => b.pass).length}/${r.card.bars.length} bars`);
  console.log(`\n${passed.join('; ')}`);
}

function pickStrategy(name: string): (corpus: Corpus) => ReplayStrategy {
  if (name === 'offline') return () => offlineStrategy();
  if (name === 'offline-words') return () => offlineStrategy({ meaning: false });
  if (name === 'corpus-model') return (corpus) => corpusModelStrategy(corpus);
  if (name === 'corpus-model-exact') return (corpus) => corpusModelStrategy(corpus, { missed: 0, confused: 0 });
  if (name === 'llm') {
    const config = readLlmConfig(process.env);
    if (!config) throw new Error('--strategy llm needs OPENAI_API_KEY or OPENAI_BASE_URL');
    return () => llmStrategy(config);
  }
  throw new Error(`unknown --strategy ${name}: offline, offline-words, corpus-model, corpus-model-exact or llm`);
}

if (values.only !== 'corpus') await syntheticFixture(values.sessions.split(',').map(Number), values.seeds.split(',').map(Number));
if (values.only !== 'fixture') {
  const draws = values.corpus.split(',').map((d) => {
    const [count, seed] = d.split(':').map(Number);
    return { count: count!, seed: seed ?? 13 };
  });
  await corpusBars(draws, pickStrategy(values.strategy), values.verbose);
}
