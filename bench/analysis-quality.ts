/**
 * Theme recovery of the offline analysis on the synthetic support study (packages/api/test/analysis/fixture/): 8
 * planted themes, each phrased eight ways, across 3 plans, among filler. Prints theme-level precision/recall and,
 * per planted theme, the best theme's turn-level precision/recall, for several seeds and study sizes.
 * Usage: node --import tsx bench/analysis-quality.ts [--sessions 66,300] [--seeds 42,7,1234]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openEmbeddedStore } from '../packages/api/src/store/embedded/embedded-store.ts';
import { createAnalysis } from '../packages/api/src/analysis/analysis.ts';
import { seedSupportStudy } from '../packages/api/test/analysis/fixture/support-study.ts';
import { scoreRecovery } from '../packages/api/test/analysis/fixture/theme-recovery.ts';
import { benchDeps } from './analysis-support.ts';

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '66,300' }, seeds: { type: 'string', default: '42,7,1234' } } });
const sizes = values.sessions.split(',').map(Number);
const seeds = values.seeds.split(',').map(Number);
const pct = (n: number) => `${Math.round(n * 100)}%`;

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
