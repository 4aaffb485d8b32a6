import type { Features } from '../session-analysis.ts';
import { addInto, dot, norm } from '../study/sparse.ts';

/** A clustering: the cluster index of each vector, and each cluster's centroid (unit length). */
export interface Clustering {
  assignments: number[];
  centroids: Features[];
  /** Sum of the cosines of every vector to its centroid (higher is tighter). */
  cohesion: number;
}

const ITERATIONS = 25;
const RESTARTS = 5;

/**
 * Spherical k-means (cosine similarity) over unit vectors, seeded with k-means++ from a deterministic generator so
 * the same study always gives the same personas; the tightest of a few restarts wins.
 */
export function sphericalKMeans(vectors: Features[], k: number, seed: number): Clustering {
  let best: Clustering | undefined;
  const random = mulberry32(seed);
  for (let r = 0; r < RESTARTS; r++) {
    const result = run(vectors, k, random);
    if (!best || result.cohesion > best.cohesion) best = result;
  }
  return best!;
}

function run(vectors: Features[], k: number, random: () => number): Clustering {
  const centroids = seeds(vectors, k, random);
  let assignments = vectors.map(() => -1);
  let cohesion = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    cohesion = 0;
    const next = vectors.map((v) => {
      let bestIndex = 0;
      let bestScore = -Infinity;
      centroids.forEach((c, i) => {
        const s = dot(v, c);
        if (s > bestScore) [bestIndex, bestScore] = [i, s];
      });
      cohesion += bestScore;
      return bestIndex;
    });
    const changed = next.some((a, i) => a !== assignments[i]);
    assignments = next;
    if (!changed) break;
    for (let i = 0; i < k; i++) {
      const sum: Features = {};
      vectors.forEach((v, j) => assignments[j] === i && addInto(sum, v, 1));
      const n = norm(sum);
      // An emptied cluster keeps its old centroid; it may win members back next round.
      if (n > 0) centroids[i] = Object.fromEntries(Object.entries(sum).map(([f, w]) => [f, w / n]));
    }
  }
  return { assignments, centroids, cohesion };
}

/** k-means++: each next seed is drawn with probability growing with its distance (1 - cosine) to the seeds so far. */
function seeds(vectors: Features[], k: number, random: () => number): Features[] {
  const chosen: Features[] = [vectors[Math.floor(random() * vectors.length)]!];
  while (chosen.length < k) {
    const weights = vectors.map((v) => Math.max(0, 1 - Math.max(...chosen.map((c) => dot(v, c)))) ** 2);
    const total = weights.reduce((s, w) => s + w, 0);
    if (total === 0) {
      chosen.push(vectors[chosen.length % vectors.length]!);
      continue;
    }
    let pick = random() * total;
    let index = 0;
    while (index < weights.length - 1 && (pick -= weights[index]!) > 0) index += 1;
    chosen.push(vectors[index]!);
  }
  return chosen.map((c) => ({ ...c }));
}

/** A small, fast seeded generator (mulberry32): deterministic personas for a given study. */
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
