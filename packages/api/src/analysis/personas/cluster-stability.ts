import { clusterPacked, mulberry32, type PackedVectors } from './spherical-kmeans.ts';

/** Subsamples a split is checked on. */
const RUNS = 10;
/** Share of the sessions in each subsample. */
const SHARE = 0.8;
/** Sessions a subsample holds at most (large studies are checked on a sample: the check is about shape, not size). */
const MAX_SAMPLE = 240;
/** Clustering runs per subsample (as many as the full clustering gets, so both find the best grouping they can). */
const RESTARTS = 20;

/**
 * How reproducible a k-way clustering is (Ben-Hur, Elisseeff & Guyon, "A stability based method for discovering
 * structure in clustered data", 2002): the sessions are clustered again on random subsamples, and each re-clustering
 * is compared with the full one on the sessions they share (adjusted Rand index, 1 = the same groups, ~0 = chance).
 * Real groups come back every time; splitting people who are all alike gives different groups on every subsample.
 */
export function clusterStability(vectors: PackedVectors, assignments: number[], k: number, seed: number, minSize = 1, runs = RUNS, restarts = RESTARTS): number {
  const n = vectors.index.length;
  const random = mulberry32(seed ^ 0x5bd1e995);
  const take = Math.min(MAX_SAMPLE, Math.max(k, Math.round(n * SHARE)));
  let sum = 0;
  for (let run = 0; run < runs; run++) {
    const sample = sampleIndices(n, take, random);
    const again = clusterPacked(vectors, sample, k, seed + 7919 * (run + 1), { restarts, minSize });
    sum += adjustedRandIndex(sample.map((i) => assignments[i]!), again.assignments);
  }
  return sum / runs;
}

/** Adjusted Rand index of two labellings of the same items (Hubert & Arabie, 1985). */
export function adjustedRandIndex(a: number[], b: number[]): number {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const both = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  a.forEach((x, i) => {
    const y = b[i]!;
    both.set(`${x},${y}`, (both.get(`${x},${y}`) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    cols.set(y, (cols.get(y) ?? 0) + 1);
  });
  const index = [...both.values()].reduce((s, n) => s + pairs(n), 0);
  const sumRows = [...rows.values()].reduce((s, n) => s + pairs(n), 0);
  const sumCols = [...cols.values()].reduce((s, n) => s + pairs(n), 0);
  const expected = pairs(a.length) === 0 ? 0 : (sumRows * sumCols) / pairs(a.length);
  const max = (sumRows + sumCols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/** `take` distinct indices below n, in increasing order (a partial Fisher–Yates shuffle). */
function sampleIndices(n: number, take: number, random: () => number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, take).sort((x, y) => x - y);
}
