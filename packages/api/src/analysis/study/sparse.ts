import type { Features } from '../session-analysis.ts';

/** Dot product of two sparse vectors (iterating the smaller one). */
export function dot(a: Features, b: Features): number {
  const [small, large] = Object.keys(a).length <= Object.keys(b).length ? [a, b] : [b, a];
  let sum = 0;
  for (const key in small) {
    const other = large[key];
    if (other !== undefined) sum += small[key]! * other;
  }
  return sum;
}

/** Euclidean length of a sparse vector. */
export function norm(v: Features): number {
  let sum = 0;
  for (const key in v) sum += v[key]! * v[key]!;
  return Math.sqrt(sum);
}

/** Cosine similarity, 0 when either vector is empty. */
export function cosine(a: Features, b: Features): number {
  const n = norm(a) * norm(b);
  return n === 0 ? 0 : dot(a, b) / n;
}

/** Adds `sign × v` into `target` in place, dropping entries that fall to ~0. */
export function addInto(target: Features, v: Features, sign: 1 | -1): void {
  for (const key in v) {
    const next = (target[key] ?? 0) + sign * v[key]!;
    if (Math.abs(next) < 1e-6) delete target[key];
    else target[key] = next;
  }
}

/** The feature with the largest weight, or undefined for an empty vector. */
export function topFeature(v: Features): string | undefined {
  let best: string | undefined;
  for (const key in v) if (best === undefined || v[key]! > v[best]!) best = key;
  return best;
}
