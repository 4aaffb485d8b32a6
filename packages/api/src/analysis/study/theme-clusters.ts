import type { Features } from '../session-analysis.ts';
import { addInto, dot, norm } from './sparse.ts';

/** A mention as a theme cluster keeps it: enough to quote it and to place it by session, stage and feeling. */
export interface MemberRef {
  sessionId: string;
  turnId: string;
  text: string;
  sentiment: number;
  quotability: number;
  phrases: string[];
  stage: string | null;
  label?: string;
}

/** Whether a mention praises, complains or neither: a theme never mixes praise and pain of one subject. */
export type Polarity = 'pain' | 'praise' | 'neutral';

/** The polarity of a mention's sentiment (±0.1 is neither). */
export function polarityOf(sentiment: number): Polarity {
  return sentiment <= -0.1 ? 'pain' : sentiment >= 0.1 ? 'praise' : 'neutral';
}

/**
 * One theme cluster: the sum of its members' unit vectors (a spherical-k-means style centroid) and the members; with
 * sentence vectors by meaning, also the sum of their unit dense vectors, and the polarity its first member set.
 */
export interface Cluster {
  id: string;
  centroid: Features;
  members: Map<string, MemberRef>;
  dense?: Float64Array;
  polarity?: Polarity;
}

/** How similar a mention must be to a cluster's centroid direction to join it rather than start a new one. */
export const JOIN_SIMILARITY = 0.4;
/** With sentence vectors: the blended similarity (meaning, then words) a mention needs to join a cluster. */
export const JOIN_MEANING = 0.5;
/** Share of the blended similarity that comes from meaning (the rest from shared words and subjects). */
export const MEANING_WEIGHT = 0.5;
/** Features lighter than this do not nominate candidate clusters (they still count in the similarity). */
const POSTING_MIN_WEIGHT = 0.15;

/**
 * Online (single-pass) clustering of mentions into themes, as in topic detection and tracking: each new mention joins
 * the most similar cluster if the cosine to its centroid reaches JOIN_SIMILARITY, else starts its own. Candidates come
 * from an inverted index (feature → clusters), so a mention is compared only with clusters that share a feature.
 * Assignments are stored with each mention, so a restart rebuilds the same clusters without re-deciding anything.
 */
export class ThemeClusters {
  private readonly clusters = new Map<string, Cluster>();
  private readonly postings = new Map<string, Set<string>>();

  private readonly byPolarity = new Map<Polarity, Set<string>>();

  /**
   * The best existing cluster for a mention, or undefined when none is similar enough. With a sentence vector, a
   * mention is compared with every cluster of its polarity by meaning blended with shared words; without one, with
   * the clusters that share a feature, by words alone.
   */
  choose(features: Features, vector?: Float32Array | null, polarity?: Polarity): string | undefined {
    if (vector && polarity) return this.chooseByMeaning(features, vector, polarity);
    const candidates = new Set<string>();
    for (const key in features) {
      if (features[key]! < POSTING_MIN_WEIGHT) continue;
      for (const id of this.postings.get(key) ?? []) candidates.add(id);
    }
    let best: { id: string; score: number } | undefined;
    for (const id of candidates) {
      const cluster = this.clusters.get(id)!;
      const n = norm(cluster.centroid);
      const score = n === 0 ? 0 : dot(features, cluster.centroid) / n;
      if (score >= JOIN_SIMILARITY && (!best || score > best.score || (score === best.score && id < best.id))) best = { id, score };
    }
    return best?.id;
  }

  private chooseByMeaning(features: Features, vector: Float32Array, polarity: Polarity): string | undefined {
    const unit = unitOf(vector);
    if (!unit) return undefined;
    let best: { id: string; score: number } | undefined;
    for (const id of this.byPolarity.get(polarity) ?? []) {
      const cluster = this.clusters.get(id)!;
      if (!cluster.dense) continue;
      const score = similarity(unit, features, cluster);
      if (score >= JOIN_MEANING && (!best || score > best.score || (score === best.score && id < best.id))) best = { id, score };
    }
    return best?.id;
  }

  /** Adds a member to a cluster (created if new), with its sentence vector when there is one. */
  add(id: string, features: Features, key: string, member: MemberRef, vector?: Float32Array | null): void {
    let cluster = this.clusters.get(id);
    if (!cluster) {
      cluster = { id, centroid: {}, members: new Map(), polarity: polarityOf(member.sentiment) };
      this.clusters.set(id, cluster);
      let set = this.byPolarity.get(cluster.polarity!);
      if (!set) this.byPolarity.set(cluster.polarity!, (set = new Set()));
      set.add(id);
    }
    if (cluster.members.has(key)) return;
    cluster.members.set(key, member);
    addInto(cluster.centroid, features, 1);
    const unit = vector ? unitOf(vector) : null;
    if (unit) {
      cluster.dense ??= new Float64Array(unit.length);
      for (let i = 0; i < unit.length; i++) cluster.dense[i]! += unit[i]!;
    }
    for (const f in features) {
      let set = this.postings.get(f);
      if (!set) this.postings.set(f, (set = new Set()));
      set.add(id);
    }
  }

  /** Removes a member; an emptied cluster disappears. */
  remove(id: string, features: Features, key: string): void {
    const cluster = this.clusters.get(id);
    if (!cluster || !cluster.members.delete(key)) return;
    addInto(cluster.centroid, features, -1);
    for (const f in features) if (!(f in cluster.centroid)) this.postings.get(f)?.delete(id);
    if (cluster.members.size === 0) {
      this.clusters.delete(id);
      if (cluster.polarity) this.byPolarity.get(cluster.polarity)?.delete(id);
      for (const f in features) this.postings.get(f)?.delete(id);
    }
  }

  /** A cluster by id. */
  get(id: string): Cluster | undefined {
    return this.clusters.get(id);
  }

  /** Every cluster. */
  all(): IterableIterator<Cluster> {
    return this.clusters.values();
  }
}

/** A vector scaled to unit length, or null for a zero vector. */
export function unitOf(v: ArrayLike<number>): Float64Array | null {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  if (sum === 0) return null;
  const n = Math.sqrt(sum);
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i]! / n;
  return out;
}

/** Cosine of a unit vector with a dense sum of unit vectors (the direction of the cluster's meaning). */
export function denseCosine(unit: ArrayLike<number>, sum: ArrayLike<number>): number {
  let dotted = 0;
  let len = 0;
  for (let i = 0; i < sum.length; i++) {
    dotted += unit[i]! * sum[i]!;
    len += sum[i]! * sum[i]!;
  }
  return len === 0 ? 0 : dotted / Math.sqrt(len);
}

/** Meaning blended with shared words: paraphrases meet by meaning, and shared subjects keep near-synonyms apart less. */
function similarity(unit: Float64Array, features: Features, cluster: Cluster): number {
  const n = norm(cluster.centroid);
  const words = n === 0 ? 0 : dot(features, cluster.centroid) / n;
  return MEANING_WEIGHT * denseCosine(unit, cluster.dense!) + (1 - MEANING_WEIGHT) * words;
}
