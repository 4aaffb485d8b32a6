/**
 * Average-linkage agglomerative clustering cut at a similarity, by the nearest-neighbour chain (Murtagh 1983): O(n²)
 * time over a dense similarity matrix, deterministic (ties go to the earlier item). Average linkage is reducible, so
 * merging reciprocal nearest neighbours in chain order gives the clusters of merging the closest pair first. Returns
 * each item's cluster as the index of the cluster's first item.
 */
export function averageLinkage(similarity: Float32Array, n: number, threshold: number): number[] {
  const sim = Float32Array.from(similarity);
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const parent = Array.from({ length: n }, (_, i) => i);
  let remaining = n;
  const chain: number[] = [];
  while (remaining > 1) {
    if (chain.length === 0) chain.push(active.indexOf(1));
    const a = chain[chain.length - 1]!;
    const previous = chain[chain.length - 2];
    let b = -1;
    let best = -Infinity;
    for (let c = 0; c < n; c++) {
      if (c === a || !active[c]) continue;
      const s = sim[a * n + c]!;
      // A tie with the previous link of the chain goes to it, so the chain cannot cycle.
      if (s > best || (s === best && c === previous)) [b, best] = [c, s];
    }
    if (b < 0 || best < threshold) {
      // Nothing is close enough to a, and merging only lowers its similarities: it is a cluster for good.
      active[a] = 0;
      remaining -= 1;
      chain.pop();
      continue;
    }
    if (b === previous) {
      chain.pop();
      chain.pop();
      merge(Math.min(a, b), Math.max(a, b));
    } else chain.push(b);
  }
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  return parent.map((_, i) => root(i));

  function merge(keep: number, drop: number): void {
    const total = size[keep]! + size[drop]!;
    for (let c = 0; c < n; c++) {
      if (!active[c] || c === keep || c === drop) continue;
      const s = (size[keep]! * sim[keep * n + c]! + size[drop]! * sim[drop * n + c]!) / total;
      sim[keep * n + c] = s;
      sim[c * n + keep] = s;
    }
    size[keep] = total;
    active[drop] = 0;
    parent[drop] = keep;
    remaining -= 1;
  }
}
