import { clusterStability } from './cluster-stability.ts';
import { distinctiveTraits, type DistinctiveTrait } from './distinctive-traits.ts';
import type { Profile } from './persona-profiles.ts';
import { clusterPacked, clusterSizes, dotDense, packVectors, type PackedVectors } from './spherical-kmeans.ts';

/** A persona needs at least this many interviews behind it. */
export const MIN_MEMBERS = 3;
/** …and at least this many traits that set it apart (a single shared word is a coincidence, not a kind of person). */
export const MIN_TRAITS = 3;
/** How reproducible a split must be on subsamples (adjusted Rand index): real groups come back every time. */
export const MIN_STABILITY = 0.95;
const RESTARTS = 20;
/** Splits into this many groups are always tried, even when fewer personas are asked for (the persona use case's 2–4). */
const EXPLORE = 4;

/** How demanding a split is. */
export interface SplitOptions {
  /**
   * Traits each group must share (default MIN_TRAITS). A split by who people say they are (identity-profiles.ts) is
   * by meaning, which shared words may not show: it asks for none, and rests on coming back on every subsample.
   */
  minTraits?: number;
  /** How reproducible the split must be on subsamples (default MIN_STABILITY). */
  minStability?: number;
  /** Subsamples the reproducibility is measured on (default: cluster-stability.ts's). */
  stabilityRuns?: number;
  /** Clustering runs per subsample (default: cluster-stability.ts's). */
  stabilityRestarts?: number;
}

/** One group of a split: its members (indices into the profiles, most typical first) and what sets it apart. */
export interface SplitGroup {
  members: number[];
  traits: DistinctiveTrait[];
}

/** How the interviews split into personas, and why not into more. */
export interface PersonaSplit {
  groups: SplitGroup[];
  /** How reproducible the split is on subsamples (adjusted Rand index; 0 for one group). */
  separation: number;
  /** Why there are fewer groups than asked for, in a sentence; '' when there are as many. */
  reason: string;
}

/**
 * Splits sessions into at most `wanted` groups the data supports: every k from 2 up is clustered (spherical k-means
 * from a seed derived from the data), and a split counts only if every group has at least MIN_MEMBERS interviews and
 * MIN_TRAITS traits that set it apart (shared by most of it, unlikely by chance), and the same groups come back when
 * the interviews are clustered again on subsamples. The largest such split wins (up to EXPLORE groups or `wanted`,
 * whichever is more; past `wanted`, the largest groups are kept); with none, the interviews are one group.
 */
export function splitPersonas(profiles: Profile[], documentFrequency: Map<string, number>, wanted: number, seed: number, options: SplitOptions = {}): PersonaSplit {
  const minTraits = options.minTraits ?? MIN_TRAITS;
  const minStability = options.minStability ?? MIN_STABILITY;
  const n = profiles.length;
  const traits = profiles.map((p) => p.traits);
  const vectors = packVectors(profiles.map((p) => p.vector));
  const rows = profiles.map((_, i) => i);
  if (n < 2 * MIN_MEMBERS) {
    return { groups: [], separation: 0, reason: `Only ${n} interview${n === 1 ? '' : 's'} said enough about who they are and what they want: personas need at least ${2 * MIN_MEMBERS}.` };
  }
  let best: PersonaSplit | undefined;
  const failures = new Map<number, string>();
  let twoWay = 0;
  for (let k = 2; k <= Math.min(Math.max(wanted, EXPLORE), Math.floor(n / MIN_MEMBERS)); k++) {
    const { assignments, centroids } = clusterPacked(vectors, rows, k, seed + k, { restarts: RESTARTS, minSize: MIN_MEMBERS });
    const sizes = clusterSizes(assignments, k);
    if (sizes.some((s) => s < MIN_MEMBERS)) {
      failures.set(k, `a split into ${k} would leave a group of fewer than ${MIN_MEMBERS} interviews`);
      continue;
    }
    const groups = centroids.map((centroid, c) => {
      const members = assignments.flatMap((a, i) => (a === c ? [i] : []));
      return { members: byFit(members, vectors, centroid), traits: distinctiveTraits(traits, members, documentFrequency) };
    });
    const weak = groups.some((g) => g.traits.length < minTraits);
    // Two groups are always checked: a reproducible split too weak to describe still means the interviews are not one group.
    const separation = weak && k > 2 ? 0 : clusterStability(vectors, assignments, k, seed + k, MIN_MEMBERS, options.stabilityRuns, options.stabilityRestarts);
    if (k === 2) twoWay = separation;
    if (weak || separation < minStability) {
      failures.set(k, `a split into ${k} finds no ${k} groups that clearly and reproducibly differ in who they are, what they want, do or struggle with`);
      continue;
    }
    best = { groups, separation, reason: '' };
  }
  const tooFew = `${n} interviews are too few for more groups of at least ${MIN_MEMBERS}`;
  if (best) {
    const k = best.groups.length;
    if (k < wanted) best.reason = `${k} personas, not ${wanted}: ${failures.get(k + 1) ?? tooFew}.`;
    if (k > wanted) {
      // More kinds of people than cards asked for: the largest are shown, none merged into a made-up middle.
      const kept = [...best.groups].sort((a, b) => b.members.length - a.members.length).slice(0, wanted);
      const left = n - kept.reduce((s, g) => s + g.members.length, 0);
      return { ...best, groups: kept, reason: `The interviews hold ${k} distinct groups; the ${wanted} largest are shown, as asked (${left} interviews are in the others).` };
    }
    return best;
  }
  if (twoWay >= minStability) {
    return { groups: [], separation: twoWay, reason: `No personas: the ${n} interviews fall into groups that come back on every subsample, but too few of them share enough to describe.` };
  }
  const everyone = profiles.map((_, i) => i);
  const centroid = clusterPacked(vectors, rows, 1, seed).centroids[0]!;
  return {
    groups: [{ members: byFit(everyone, vectors, centroid), traits: distinctiveTraits(traits, everyone, documentFrequency) }],
    separation: 0,
    reason: `One persona: ${failures.get(2) ?? tooFew}.`,
  };
}

/** Members most typical of the group (closest to its centroid) first; ties in input order (content order). */
function byFit(members: number[], vectors: PackedVectors, centroid: Float64Array): number[] {
  return members.map((i) => ({ i, fit: dotDense(vectors, i, centroid) })).sort((a, b) => b.fit - a.fit || a.i - b.i).map((m) => m.i);
}
