/** A trait that sets a group apart: most of its members show it, few others do, and that is unlikely by chance. */
export interface DistinctiveTrait {
  key: string;
  /** Members showing it. */
  inGroup: number;
  /** Other sessions showing it. */
  outside: number;
  /** Chance of at least `inGroup` members showing it if the group were drawn at random (hypergeometric tail). */
  p: number;
}

/** A trait must be shown by at least this share of the group. */
export const MIN_PREVALENCE = 0.5;
/** …and be this unlikely in a random group of the same size. */
export const MAX_P = 0.01;

/**
 * The traits that set `members` apart from the other sessions, most telling first. `traits[i]` are session i's
 * traits; `members` are indices into it. With no other sessions (one group), the traits most members share.
 */
export function distinctiveTraits(traits: Set<string>[], members: number[], documentFrequency: Map<string, number>): DistinctiveTrait[] {
  const total = traits.length;
  const size = members.length;
  const logFactorials = logFactorialTable(total);
  const counts = new Map<string, number>();
  for (const i of members) for (const t of traits[i]!) counts.set(t, (counts.get(t) ?? 0) + 1);
  const out: DistinctiveTrait[] = [];
  for (const [key, inGroup] of counts) {
    if (inGroup / size < MIN_PREVALENCE || inGroup < 2) continue;
    const df = documentFrequency.get(key) ?? inGroup;
    const outside = df - inGroup;
    const p = size === total ? 1 : hypergeometricTail(total, df, size, inGroup, logFactorials);
    if (size < total && p > MAX_P) continue;
    out.push({ key, inGroup, outside, p });
  }
  const share = (t: DistinctiveTrait) => t.inGroup / size - (total > size ? t.outside / (total - size) : 0);
  return out.sort((a, b) => a.p - b.p || share(b) - share(a) || (a.key < b.key ? -1 : 1));
}

/** P(X ≥ k) for X ~ Hypergeometric(population N, K successes, n draws). */
export function hypergeometricTail(N: number, K: number, n: number, k: number, logFactorials = logFactorialTable(N)): number {
  const logChoose = (a: number, b: number) => logFactorials[a]! - logFactorials[b]! - logFactorials[a - b]!;
  let sum = 0;
  for (let x = k; x <= Math.min(K, n); x++) {
    if (n - x > N - K) continue;
    sum += Math.exp(logChoose(K, x) + logChoose(N - K, n - x) - logChoose(N, n));
  }
  return Math.min(1, sum);
}

/** ln(i!) for i = 0…n. */
function logFactorialTable(n: number): number[] {
  const table = [0];
  for (let i = 1; i <= n; i++) table[i] = table[i - 1]! + Math.log(i);
  return table;
}
