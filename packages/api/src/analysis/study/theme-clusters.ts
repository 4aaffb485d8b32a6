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

/** One theme cluster: the sum of its members' unit vectors (a spherical-k-means style centroid) and the members. */
export interface Cluster {
  id: string;
  centroid: Features;
  members: Map<string, MemberRef>;
}

/** How similar a mention must be to a cluster's centroid direction to join it rather than start a new one. */
export const JOIN_SIMILARITY = 0.4;
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

  /** The best existing cluster for a vector, or undefined when none is similar enough. */
  choose(features: Features): string | undefined {
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

  /** Adds a member to a cluster (created if new). */
  add(id: string, features: Features, key: string, member: MemberRef): void {
    let cluster = this.clusters.get(id);
    if (!cluster) {
      cluster = { id, centroid: {}, members: new Map() };
      this.clusters.set(id, cluster);
    }
    if (cluster.members.has(key)) return;
    cluster.members.set(key, member);
    addInto(cluster.centroid, features, 1);
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
