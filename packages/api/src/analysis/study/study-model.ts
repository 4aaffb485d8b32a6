import type { ExtractedTurn } from '../engine.ts';
import type { Mention, SessionAnalysis, TurnInsight } from '../session-analysis.ts';
import { Bm25Index } from '../ask/bm25-index.ts';
import { ThemeClusters, polarityOf, type MemberRef, type Polarity } from './theme-clusters.ts';
import { StudyTotals } from './study-totals.ts';
import { digestSession, type SessionDigest } from './session-digest.ts';
import type { SentenceEmbedder } from '../meaning/sentence-vectors.ts';

/** Where a mention lives, for the clusters and the retrieval index. */
export function mentionKey(sessionId: string, turnId: string, index: number): string {
  return `${sessionId}/${turnId}/${index}`;
}

/**
 * One study's analysis in memory: every session's analysis, the theme clusters, the running totals and the
 * retrieval index, all kept in step as sessions are analysed. It is derived from the stored session analyses and can
 * be rebuilt from them at any time, so it is a cache, never the record.
 */
export class StudyModel {
  readonly sessions = new Map<string, SessionAnalysis>();
  readonly digests = new Map<string, SessionDigest>();
  /** How many transcript turns each session's stored analysis covers. */
  readonly analyzedTurns = new Map<string, number>();
  readonly clusters = new ThemeClusters();
  readonly totals = new StudyTotals();
  readonly index = new Bm25Index();
  updatedAt: string | null = null;
  /** Increases with every change, so a render can tell whether it is current. */
  version = 0;

  /** A model's label → the label of the finding it names, as a model grouped them (llm-theme-merger.ts); a cache too. */
  labelAliases = new Map<string, string>();

  /** Each mention's sentence vector by meaning (mentionKey → vector), when an embedder is given; recomputed on load, never stored. */
  readonly vectors = new Map<string, Float32Array>();

  constructor(
    readonly workspaceId: string,
    readonly studyId: string,
    /** Sentence vectors by meaning (absent on runtimes without the embeddings file: themes then go by words alone). */
    readonly embedder?: SentenceEmbedder,
  ) {}

  /** A mention's vector, computed once (null when none of its words is known, or there is no embedder). */
  vectorOf(key: string, text: string): Float32Array | null {
    if (!this.embedder) return null;
    let v = this.vectors.get(key);
    if (!v) {
      const embedded = this.embedder.embedSentence(text);
      if (!embedded) return null;
      v = embedded;
      this.vectors.set(key, v);
    }
    return v;
  }

  /** Places new turns' mentions in theme clusters (joining the most similar, or starting one) and indexes them. */
  assign(sessionId: string, extracted: ExtractedTurn[]): TurnInsight[] {
    return extracted.map((turn) => ({
      ...turn,
      mentions: turn.mentions.map((m, i) => {
        const key = mentionKey(sessionId, turn.turnId, i);
        const vector = this.vectorOf(key, m.text);
        const themeId = this.clusters.choose(m.features, vector, vector ? polarityOf(m.sentiment) : undefined) ?? clusterId(key);
        const mention: Mention = { ...m, themeId };
        this.track(sessionId, turn, mention, i);
        return mention;
      }),
    }));
  }

  /** Makes `next` the session's analysis; its new turns must have been assigned. */
  put(next: SessionAnalysis, analyzedTurns: number, updatedAt: string): void {
    const before = this.digests.get(next.sessionId);
    if (before) this.totals.apply(before, -1);
    const digest = digestSession(next);
    this.totals.apply(digest, 1);
    this.digests.set(next.sessionId, digest);
    this.sessions.set(next.sessionId, next);
    this.analyzedTurns.set(next.sessionId, analyzedTurns);
    if (!this.updatedAt || updatedAt > this.updatedAt) this.updatedAt = updatedAt;
    this.version += 1;
  }

  /** Adds a stored analysis, with the theme assignments it was stored with. */
  load(analysis: SessionAnalysis, analyzedTurns: number, updatedAt: string): void {
    for (const turn of analysis.turns) turn.mentions.forEach((m, i) => this.track(analysis.sessionId, turn, m, i));
    this.put(analysis, analyzedTurns, updatedAt);
  }

  /** LLM labels of the largest theme clusters, for the model to reuse (offline clusters have none). */
  topLabels(limit: number): string[] {
    const labels = [...this.clusters.all()]
      .sort((a, b) => b.members.size - a.members.size || (a.id < b.id ? -1 : 1))
      .map((c) => [...c.members.values()].find((m) => m.label)?.label)
      .filter((l): l is string => l !== undefined);
    return [...new Set(labels)].slice(0, limit);
  }

  /** Every model label with its feeling, mentions and a few sentences, largest first: what a theme merge is asked about. */
  labelFacts(limit: number): { label: string; feeling: Polarity; mentions: number; sentences: string[] }[] {
    const byLabel = new Map<string, { label: string; feeling: Polarity; mentions: number; sentences: string[] }>();
    for (const cluster of this.clusters.all()) {
      for (const m of cluster.members.values()) {
        if (!m.label) continue;
        const feeling = polarityOf(m.sentiment);
        const key = `${feeling}/${m.label}`;
        const facts = byLabel.get(key) ?? { label: m.label, feeling, mentions: 0, sentences: [] };
        facts.mentions += 1;
        if (facts.sentences.length < 3) facts.sentences.push(m.text);
        byLabel.set(key, facts);
      }
    }
    return [...byLabel.values()].sort((a, b) => b.mentions - a.mentions || (a.label < b.label ? -1 : 1)).slice(0, limit);
  }

  private track(sessionId: string, turn: Pick<TurnInsight, 'turnId' | 'stage'>, m: Mention, i: number): void {
    const key = mentionKey(sessionId, turn.turnId, i);
    const member: MemberRef = {
      sessionId,
      turnId: turn.turnId,
      text: m.text,
      sentiment: m.sentiment,
      quotability: m.quotability,
      phrases: m.phrases,
      stage: turn.stage,
      ...(m.label ? { label: m.label } : {}),
    };
    this.clusters.add(m.themeId, m.features, key, member, this.vectorOf(key, m.text));
    this.index.add(key, m.features);
  }
}

/** A theme cluster's id, from the mention that started it: stable across restarts and processes. */
function clusterId(key: string): string {
  // Two FNV-1a hashes with different offsets: 64 bits, so ids do not collide in a study of any realistic size.
  const fnv = (seed: number) => {
    let h = seed;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0).toString(36).padStart(7, '0');
  };
  return `th_${fnv(0x811c9dc5)}${fnv(0x2f9a3b71)}`;
}
