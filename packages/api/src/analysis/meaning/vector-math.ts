/**
 * The little linear algebra SIF needs, in plain loops over typed arrays: every operation runs in a fixed order, so
 * the same input gives bit-identical output on every run and machine.
 */

/** Cosine similarity in [-1, 1]; 0 when either vector is all zeros (a sentence with no known word relates to nothing). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** True when a vector carries nothing (every component 0). */
export function isZero(v: ArrayLike<number>): boolean {
  for (let i = 0; i < v.length; i += 1) if (v[i] !== 0) return false;
  return true;
}

/**
 * The unit direction along which the vectors vary most, uncentred (as in SIF's reference code, which uses a
 * truncated SVD of the raw matrix): power iteration on the dims × dims matrix Σ v vᵀ, started from the mean.
 * Null when there is nothing to find (no non-zero vector).
 */
export function firstPrincipalComponent(vectors: readonly ArrayLike<number>[], dims: number): Float64Array | null {
  const gram = new Float64Array(dims * dims);
  let u: Float64Array = new Float64Array(dims);
  for (const v of vectors) {
    for (let i = 0; i < dims; i += 1) {
      const vi = v[i]!;
      u[i]! += vi;
      if (vi === 0) continue;
      // Upper triangle only (the matrix is symmetric); mirrored below. Halves the cost for large sets.
      for (let j = i; j < dims; j += 1) gram[i * dims + j]! += vi * v[j]!;
    }
  }
  for (let i = 0; i < dims; i += 1) for (let j = 0; j < i; j += 1) gram[i * dims + j] = gram[j * dims + i]!;
  if (!normaliseInPlace(u)) u[0] = 1;
  for (let iteration = 0; iteration < 300; iteration += 1) {
    const next = new Float64Array(dims);
    for (let i = 0; i < dims; i += 1) {
      let sum = 0;
      for (let j = 0; j < dims; j += 1) sum += gram[i * dims + j]! * u[j]!;
      next[i] = sum;
    }
    if (!normaliseInPlace(next)) return null;
    let change = 0;
    for (let i = 0; i < dims; i += 1) change += Math.abs(next[i]! - u[i]!);
    u = next;
    if (change < 1e-12) break;
  }
  return u;
}

/** v minus its projection on the unit vector u, as float32 (the form sentence vectors are kept in). */
export function withoutComponent(v: ArrayLike<number>, u: ArrayLike<number>): Float32Array {
  const out = new Float32Array(v.length);
  let dot = 0;
  for (let i = 0; i < out.length; i += 1) dot += v[i]! * u[i]!;
  for (let i = 0; i < out.length; i += 1) out[i] = v[i]! - dot * u[i]!;
  return out;
}

function normaliseInPlace(v: Float64Array): boolean {
  let norm = 0;
  for (let i = 0; i < v.length; i += 1) norm += v[i]! * v[i]!;
  if (norm === 0) return false;
  const inv = 1 / Math.sqrt(norm);
  for (let i = 0; i < v.length; i += 1) v[i]! *= inv;
  return true;
}
