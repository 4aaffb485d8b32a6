import { describe, expect, it } from 'vitest';
import { averageLinkage } from './average-linkage.ts';

/** A symmetric similarity matrix from rows of the upper triangle. */
function matrix(n: number, pairs: [number, number, number][]): Float32Array {
  const m = new Float32Array(n * n);
  for (const [i, j, s] of pairs) {
    m[i * n + j] = s;
    m[j * n + i] = s;
  }
  return m;
}

describe('average-linkage clustering cut at a similarity', () => {
  it('groups items whose average similarity reaches the cut, and leaves loners alone', () => {
    // 0,1,2 close; 3,4 close; 5 alone; the groups barely touch.
    const sim = matrix(6, [
      [0, 1, 0.9], [0, 2, 0.8], [1, 2, 0.7],
      [3, 4, 0.85],
      [2, 3, 0.3], [1, 4, 0.2], [0, 5, 0.1],
    ]);
    expect(averageLinkage(sim, 6, 0.5)).toEqual([0, 0, 0, 3, 3, 5]);
  });

  it('merges by the average, so one close link does not chain two groups into one', () => {
    // 2 and 3 are the closest pair, so they merge first; each group's average to that pair is 0.45, under the cut.
    const sim = matrix(6, [
      [0, 1, 0.9], [0, 2, 0.9], [1, 2, 0.9],
      [3, 4, 0.9], [3, 5, 0.9], [4, 5, 0.9],
      [2, 3, 0.95],
    ]);
    expect(averageLinkage(sim, 6, 0.5)).toEqual([0, 0, 2, 2, 4, 4]);
    // A lower cut lets 0–1 join 2–3 (average 0.45), never 4–5 (average 0.225): single linkage would chain all six.
    expect(averageLinkage(sim, 6, 0.4)).toEqual([0, 0, 0, 0, 4, 4]);
  });

  it('keeps everything apart under a cut no pair reaches, and handles the empty case', () => {
    expect(averageLinkage(matrix(3, [[0, 1, 0.2]]), 3, 0.5)).toEqual([0, 1, 2]);
    expect(averageLinkage(new Float32Array(0), 0, 0.5)).toEqual([]);
  });
});
