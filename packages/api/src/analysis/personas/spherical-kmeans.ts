import type { Features } from '../session-analysis.ts';

/** Sparse unit vectors over a shared feature index: fast to compare with dense centroids. */
export interface PackedVectors {
  dims: number;
  keys: string[];
  index: Int32Array[];
  value: Float64Array[];
}

/** A clustering of packed vectors (or of a subset of them: `assignments[j]` belongs to `rows[j]`). */
export interface PackedClustering {
  assignments: number[];
  centroids: Float64Array[];
  cohesion: number;
}

/** Settings of a clustering run. */
export interface KMeansOptions {
  /** Runs from different seeds; the tightest wins (default 5). */
  restarts?: number;
  /** Prefer runs whose every cluster has at least this many members (default 1). */
  minSize?: number;
}

const ITERATIONS = 25;
const RESTARTS = 5;

/** Packs sparse vectors over one feature index (features in first-seen order). */
export function packVectors(vectors: Features[]): PackedVectors {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const index: Int32Array[] = [];
  const value: Float64Array[] = [];
  for (const v of vectors) {
    const entries = Object.entries(v);
    index.push(Int32Array.from(entries, ([key]) => ids.get(key) ?? (ids.set(key, keys.length), keys.push(key) - 1)));
    value.push(Float64Array.from(entries, ([, w]) => w));
  }
  return { dims: keys.length, keys, index, value };
}

/**
 * Spherical k-means (cosine similarity) over the given rows of packed unit vectors, seeded with k-means++ from a
 * deterministic generator (the caller derives the seed from the data, so the same data always clusters the same
 * way); the tightest of a few restarts wins, among those whose clusters all reach `minSize` when any does.
 */
export function clusterPacked(p: PackedVectors, rows: number[], k: number, seed: number, options: KMeansOptions = {}): PackedClustering {
  let best: PackedClustering | undefined;
  let bestFits = false;
  const random = mulberry32(seed);
  const minSize = options.minSize ?? 1;
  for (let r = 0; r < (options.restarts ?? RESTARTS); r++) {
    const result = run(p, rows, k, random);
    const fits = clusterSizes(result.assignments, k).every((n) => n >= minSize);
    if (!best || (fits && !bestFits) || (fits === bestFits && result.cohesion > best.cohesion)) [best, bestFits] = [result, fits];
  }
  return best!;
}

/** Members per cluster. */
export function clusterSizes(assignments: number[], k: number): number[] {
  const sizes = Array.from({ length: k }, () => 0);
  for (const a of assignments) sizes[a] = (sizes[a] ?? 0) + 1;
  return sizes;
}

/** Cosine of packed row `i` with a dense unit vector. */
export function dotDense(p: PackedVectors, i: number, dense: Float64Array): number {
  const index = p.index[i]!;
  const value = p.value[i]!;
  let sum = 0;
  for (let j = 0; j < index.length; j++) sum += value[j]! * dense[index[j]!]!;
  return sum;
}

function run(p: PackedVectors, rows: number[], k: number, random: () => number): PackedClustering {
  const centroids = seeds(p, rows, k, random);
  let assignments = rows.map(() => -1);
  let cohesion = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    cohesion = 0;
    const next = rows.map((row) => {
      let bestIndex = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dotDense(p, row, centroids[c]!);
        if (s > bestScore) [bestIndex, bestScore] = [c, s];
      }
      cohesion += bestScore;
      return bestIndex;
    });
    const changed = next.some((a, i) => a !== assignments[i]);
    assignments = next;
    if (!changed) break;
    // Every member is added to its cluster's sum in one pass over the rows.
    const sums = Array.from({ length: k }, () => new Float64Array(p.dims));
    rows.forEach((row, j) => {
      const sum = sums[assignments[j]!]!;
      const index = p.index[row]!;
      const value = p.value[row]!;
      for (let x = 0; x < index.length; x++) sum[index[x]!] = sum[index[x]!]! + value[x]!;
    });
    sums.forEach((sum, c) => {
      let squares = 0;
      for (let d = 0; d < sum.length; d++) squares += sum[d]! * sum[d]!;
      const n = Math.sqrt(squares);
      if (n === 0) return; // An emptied cluster keeps its old centroid; it may win members back next round.
      for (let d = 0; d < sum.length; d++) sum[d] = sum[d]! / n;
      centroids[c] = sum;
    });
  }
  return { assignments, centroids, cohesion };
}

/** k-means++: each next seed is drawn with probability growing with its distance (1 - cosine) to the seeds so far. */
function seeds(p: PackedVectors, rows: number[], k: number, random: () => number): Float64Array[] {
  const dense = (row: number) => {
    const out = new Float64Array(p.dims);
    p.index[row]!.forEach((d, x) => (out[d] = p.value[row]![x]!));
    return out;
  };
  const chosen: Float64Array[] = [dense(rows[Math.floor(random() * rows.length)]!)];
  const closest = rows.map((row) => dotDense(p, row, chosen[0]!));
  while (chosen.length < k) {
    const weights = closest.map((c) => Math.max(0, 1 - c) ** 2);
    const total = weights.reduce((s, w) => s + w, 0);
    let index = chosen.length % rows.length;
    if (total > 0) {
      let pick = random() * total;
      index = 0;
      while (index < weights.length - 1 && (pick -= weights[index]!) > 0) index += 1;
    }
    const next = dense(rows[index]!);
    chosen.push(next);
    rows.forEach((row, j) => (closest[j] = Math.max(closest[j]!, dotDense(p, row, next))));
  }
  return chosen;
}

/** A small, fast seeded generator (mulberry32): the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
