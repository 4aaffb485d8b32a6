/**
 * How far sentence vectors by meaning can separate the corpus's planted themes, whatever the clustering: the ceiling
 * behind the prevalence bar of issue 13. For each corpus draw it prints
 * 1. oracle accuracy: each planted-theme mention put with the theme whose other mentions it is most similar to on
 *    average (the true groups given away), by meaning alone, words alone and the blend the themes use;
 * 2. batch average-linkage clustering of the pain mentions (no online order effects) cut at several levels, with
 *    each pain theme's prevalence as the scorer reads it (largest cluster whose mentions are mostly that theme).
 * Usage: node --import tsx bench/theme-separability.ts [--corpus 48:13,60:2024]
 */
import { parseArgs } from 'node:util';
import { loadSentenceEmbedder } from '../packages/api/src/analysis/meaning/node-embedder.ts';
import { cosine } from '../packages/api/src/analysis/meaning/vector-math.ts';
import { createOfflineEngine } from '../packages/api/src/analysis/offline/offline-engine.ts';
import { cosine as wordCosine } from '../packages/api/src/analysis/study/sparse.ts';
import { buildSupportCorpus, PAIN_THEMES, THEMES } from '../packages/api/test/analysis/corpus/support-corpus.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: '48:13,60:2024' } } });
const embedder = await loadSentenceEmbedder();
const engine = createOfflineEngine();
const planted = THEMES.map((t) => t.id as string);

for (const spec of values.corpus!.split(',')) {
  const [count, seed] = spec.split(':').map(Number) as [number, number];
  const corpus = buildSupportCorpus({ count, seed });
  const classOf = new Map<string, string>();
  for (const iv of corpus.interviews) for (const l of iv.lines) for (const s of l.sentences) classOf.set(s.text, s.themes[0] ?? s.kind);
  const mentions: { session: number; cls: string; pain: boolean; vector: Float32Array | null; words: Record<string, number> }[] = [];
  for (const iv of corpus.interviews) {
    for (const line of iv.lines.filter((l) => l.kind === 'answer')) {
      const read = engine.analyseTurn({ turn: { id: 't', role: 'participant', text: line.text, at: '' } as never, question: '', stage: null });
      for (const m of read.mentions) mentions.push({ session: iv.index, cls: classOf.get(m.text) ?? 'other', pain: m.sentiment <= -0.1, vector: embedder.embedSentence(m.text), words: m.features });
    }
  }
  const sim = (w: number) => (a: (typeof mentions)[number], b: (typeof mentions)[number]) => w * (a.vector && b.vector ? cosine(a.vector, b.vector) : 0) + (1 - w) * wordCosine(a.words, b.words);
  const oracle = (w: number, pool: typeof mentions, classes: string[]) => {
    const s = sim(w);
    const judged = pool.filter((m) => classes.includes(m.cls));
    const right = judged.filter((m) => {
      const score = (c: string) => {
        const others = pool.filter((o) => o !== m && o.cls === c);
        return others.reduce((sum, o) => sum + s(m, o), 0) / Math.max(1, others.length);
      };
      return classes.reduce((best, c) => (score(c) > score(best) ? c : best)) === m.cls;
    }).length;
    return (right / Math.max(1, judged.length)).toFixed(2);
  };
  const pains = mentions.filter((m) => m.pain);
  console.log(`\n${count} interviews, seed ${seed}: ${mentions.length} mentions, ${pains.length} read as pain`);
  console.log(`  oracle accuracy, 7 planted themes: meaning ${oracle(1, mentions, planted)}, words ${oracle(0, mentions, planted)}, blend ${oracle(0.5, mentions, planted)}`);
  console.log(`  oracle accuracy, 5 pains among pain mentions: meaning ${oracle(1, pains, PAIN_THEMES)}, words ${oracle(0, pains, PAIN_THEMES)}, blend ${oracle(0.5, pains, PAIN_THEMES)}`);

  const s = sim(0.5);
  const matrix = pains.map((a) => pains.map((b) => s(a, b)));
  for (const cut of [0.35, 0.3, 0.25]) {
    let clusters = pains.map((_, i) => [i]);
    const link = (a: number[], b: number[]) => a.reduce((sum, i) => sum + b.reduce((t, j) => t + matrix[i]![j]!, 0), 0) / (a.length * b.length);
    for (;;) {
      let best = { v: -Infinity, i: -1, j: -1 };
      for (let i = 0; i < clusters.length; i++) for (let j = i + 1; j < clusters.length; j++) {
        const v = link(clusters[i]!, clusters[j]!);
        if (v > best.v) best = { v, i, j };
      }
      if (best.v < cut) break;
      clusters[best.i] = [...clusters[best.i]!, ...clusters[best.j]!];
      clusters.splice(best.j, 1);
    }
    clusters = clusters.filter((c) => new Set(c.map((i) => pains[i]!.session)).size >= 2);
    const row = PAIN_THEMES.map((theme) => {
      const truth = corpus.interviews.filter((iv) => iv.truth.themes.includes(theme)).length / count;
      const shown = Math.max(0, ...clusters.filter((c) => c.filter((i) => pains[i]!.cls === theme).length / c.length > 0.5).map((c) => new Set(c.map((i) => pains[i]!.session)).size)) / count;
      return `${theme} ${Math.round(truth * 100)}%→${Math.round(shown * 100)}%`;
    });
    console.log(`  average linkage cut at ${cut}: ${row.join(', ')}`);
  }
}
