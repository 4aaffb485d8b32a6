import { CX_CONCEPTS } from '../offline/cx-lexicon.ts';
import type { StudyModel } from '../study/study-model.ts';
import { MEANING_WEIGHT, denseCosine, unitOf, type Cluster, type MemberRef, type Polarity } from '../study/theme-clusters.ts';
import { themeLabels } from './theme-labels.ts';
import { saidAt, wishesSaid } from '../study/wishes-said.ts';
import { addInto, cosine, topFeature } from '../study/sparse.ts';
import type { Features } from '../session-analysis.ts';
import { roundScore } from '../study/sentiment-class.ts';

/** A theme as shown: one or more clusters merged, with its sessions, feeling and members. */
export interface PresentedTheme {
  id: string;
  label: string;
  description: string;
  /** The taxonomy subject it is about, if any. */
  concept?: string;
  sessions: Set<string>;
  mentions: number;
  sentiment: number;
  members: MemberRef[];
  /** How typical each member is of the theme (0–1): its quotes should say what the theme is about. */
  typicality: Map<MemberRef, number>;
  /** Where the theme points: the sum of its clusters' word centroids and, with sentence vectors, of their meanings. */
  core: { words: Features; dense: Float64Array | null };
}

/** Clusters whose centroids point this much the same way are one theme. */
const MERGE_SIMILARITY = 0.5;
/** Only the largest clusters are compared pairwise (the rest are too small to matter). */
const MERGE_CANDIDATES = 150;
/** How clearly a theme outside the taxonomy must lean negative or positive to be shown. */
const EMERGENT_FEELING = 0.15;
/** At most this many themes are shown. */
export const MAX_THEMES = 20;
/** With sentence vectors: clusters of one polarity whose meanings point this much the same way are one theme. */
const MERGE_MEANING = 0.6;
/** …and clusters of one polarity about the same taxonomy subject need only this much. */
const MERGE_SAME_SUBJECT = 0.3;

const CONCEPTS = new Map(CX_CONCEPTS.map((c) => [c.key, c]));

/**
 * Turns theme clusters into the themes a reader sees: clusters about the same taxonomy subject (or with the same LLM
 * label) are one theme, clusters with near-identical centroids are merged, and only themes raised in enough sessions
 * are kept: at least 3% of sessions (and 2), or 5% (and 3) for themes outside the taxonomy, which must also be
 * cohesive and felt.
 */
export function presentThemes(model: StudyModel): { themes: PresentedTheme[]; themeOfCluster: Map<string, string> } {
  const clusters = [...model.clusters.all()];
  const parent = new Map(clusters.map((c) => [c.id, c.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)].sort();
    if (x !== y) parent.set(y!, x!);
  };

  const dominant = new Map(clusters.map((c) => [c.id, topFeature(c.centroid)]));
  // With sentence vectors, meaning decides membership and the taxonomy only names: no merging by subject.
  if (clusters.some((c) => c.dense)) return presentByMeaning(model, clusters, dominant, find, union);
  const byKey = new Map<string, string>();
  for (const c of clusters) {
    const key = dominant.get(c.id);
    if (!key || !(key.startsWith('c:') || key.startsWith('t:'))) continue;
    const first = byKey.get(key);
    if (first) union(first, c.id);
    else byKey.set(key, c.id);
  }
  unionByModelLabel(model, clusters, union);
  const big = clusters.filter((c) => c.members.size > 1).sort((a, b) => b.members.size - a.members.size || (a.id < b.id ? -1 : 1)).slice(0, MERGE_CANDIDATES);
  // Clusters about a subject or label are already one theme each; only the others may still merge, with anything.
  const known = (c: Cluster) => /^[ct]:/.test(dominant.get(c.id) ?? '');
  for (let i = 0; i < big.length; i++) {
    for (let j = i + 1; j < big.length; j++) {
      if (known(big[i]!) && known(big[j]!)) continue;
      if (cosine(big[i]!.centroid, big[j]!.centroid) >= MERGE_SIMILARITY) union(big[i]!.id, big[j]!.id);
    }
  }

  const groups = groupByRoot(clusters, find);

  const total = Math.max(1, model.totals.sessions);
  const themes: PresentedTheme[] = [];
  const themeOfCluster = new Map<string, string>();
  const smallestFloor = Math.max(2, Math.ceil(total * 0.03));
  for (const list of groups.values()) {
    // A group with fewer mentions than the floor has fewer sessions too: skip it before building anything.
    if (list.reduce((n, c) => n + c.members.size, 0) < smallestFloor) continue;
    const theme = buildTheme(list, dominant, model);
    if (!theme) continue;
    const known = theme.concept !== undefined || list.some((c) => dominant.get(c.id)?.startsWith('t:'));
    const floor = known ? Math.max(2, Math.ceil(total * 0.03)) : Math.max(3, Math.ceil(total * 0.05));
    if (theme.sessions.size < floor) continue;
    // Outside the taxonomy, a theme must also be felt: shared context ("our office", "Monday mornings") is not a theme.
    if (!known && (!cohesive(list, dominant) || Math.abs(theme.sentiment) < EMERGENT_FEELING)) continue;
    themes.push(theme);
    for (const c of list) themeOfCluster.set(c.id, theme.id);
  }
  themes.sort((a, b) => b.sessions.size - a.sessions.size || b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  const shown = themes.slice(0, MAX_THEMES);
  const shownIds = new Set(shown.map((t) => t.id));
  for (const [cluster, theme] of themeOfCluster) if (!shownIds.has(theme)) themeOfCluster.delete(cluster);
  return { themes: shown, themeOfCluster };
}

function buildTheme(list: Cluster[], dominant: Map<string, string | undefined>, model: StudyModel): PresentedTheme | null {
  const aliases = model.labelAliases;
  const members = list.flatMap((c) => [...c.members.values()]);
  if (members.length === 0) return null;
  const largest = [...list].sort((a, b) => b.members.size - a.members.size || (a.id < b.id ? -1 : 1))[0]!;
  const key = dominant.get(largest.id) ?? '';
  const concept = key.startsWith('c:') ? CONCEPTS.get(key.slice(2)) : undefined;
  const sessions = new Set(members.map((m) => m.sessionId));
  const sentiment = roundScore(members.reduce((s, m) => s + m.sentiment, 0) / members.length);
  const phrases = topPhrases(members, 3);
  const label = concept?.label ?? mostCommon(members.flatMap((m) => (m.label ? [aliases.get(m.label) ?? m.label] : []))) ?? capitalise(phrases[0] ?? key.replace(/^[a-z]:/, ''));
  const feeling = sentiment < -0.1 ? 'mostly negative' : sentiment > 0.1 ? 'mostly positive' : 'mixed or neutral';
  const words = phrases.length ? `, in words like ${phrases.map((p) => `“${p}”`).join(', ')}` : '';
  return {
    typicality: typicalityOf(list, largest, model),
    core: coreOf(list),
    id: concept ? `th_${concept.key}` : key.startsWith('t:') ? `th_${key.slice(2)}` : largest.id,
    label,
    description: `Raised in ${sessions.size} interview${sessions.size === 1 ? '' : 's'} (${members.length} mention${members.length === 1 ? '' : 's'})${words}; ${feeling}.`,
    ...(concept ? { concept: concept.key } : {}),
    sessions,
    mentions: members.length,
    sentiment,
    members,
  };
}

/**
 * How typical each member is of its theme: the theme's largest cluster is its core, merged ones its edge, and within a
 * cluster a sentence whose meaning points where the cluster's does is typical (a sentence a model filed under a label
 * while it says something else is not). Without sentence vectors, the core counts alone.
 */
function typicalityOf(list: Cluster[], largest: Cluster, model: StudyModel): Map<MemberRef, number> {
  const out = new Map<MemberRef, number>();
  for (const c of list) {
    const weight = c === largest ? 1 : 0.75;
    const centre = c.dense ? unitOf(c.dense) : null;
    for (const [key, m] of c.members) {
      const v = centre ? model.vectorOf(key, m.text) : null;
      const unit = v ? unitOf(v) : null;
      out.set(m, weight * (unit && centre ? Math.max(0, denseCosine(unit, centre)) : 0.5));
    }
  }
  return out;
}

function coreOf(list: Cluster[]): PresentedTheme['core'] {
  const words: Features = {};
  let dense: Float64Array | null = null;
  for (const c of list) {
    addInto(words, c.centroid, 1);
    if (!c.dense) continue;
    dense ??= new Float64Array(c.dense.length);
    for (let i = 0; i < c.dense.length; i++) dense[i]! += c.dense[i]!;
  }
  return { words, dense };
}

/** A theme outside the taxonomy holds together when its members share its main word (on average). */
function cohesive(list: Cluster[], dominant: Map<string, string | undefined>): boolean {
  let weight = 0;
  let members = 0;
  for (const c of list) {
    const key = dominant.get(c.id);
    if (key) weight += c.centroid[key] ?? 0;
    members += c.members.size;
  }
  return members > 0 && weight / members >= 0.35;
}

/** Phrases are counted over the first mentions only: a few hundred show which words people use. */
const PHRASE_SAMPLE = 300;

function topPhrases(members: MemberRef[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const m of members.slice(0, PHRASE_SAMPLE)) for (const p of m.phrases) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, n]) => n > 1 || members.length < 4)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([p]) => p);
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : 'Other';
}

/**
 * Themes when mentions have sentence vectors: clusters merge only with clusters of the same polarity whose meaning
 * points the same way (so "the agent was great" and "the agent never understood my issue" stay two findings), the
 * taxonomy subject of the largest cluster names the theme beside its own most distinctive phrase (class-based
 * TF-IDF), and a theme needs 3% of sessions (and 2); neutral themes need a subject and 5%.
 */
function presentByMeaning(
  model: StudyModel,
  clusters: Cluster[],
  dominant: Map<string, string | undefined>,
  find: (id: string) => string,
  union: (a: string, b: string) => void,
): { themes: PresentedTheme[]; themeOfCluster: Map<string, string> } {
  unionByModelLabel(model, clusters, union);
  const big = clusters.filter((c) => c.dense && c.members.size > 1).sort((a, b) => b.members.size - a.members.size || (a.id < b.id ? -1 : 1)).slice(0, MERGE_CANDIDATES);
  const units = new Map(big.map((c) => [c.id, unitOf(c.dense!)]));
  for (let i = 0; i < big.length; i++) {
    const a = units.get(big[i]!.id);
    if (!a) continue;
    for (let j = i + 1; j < big.length; j++) {
      if (big[i]!.polarity !== big[j]!.polarity) continue;
      const blended = MEANING_WEIGHT * denseCosine(a, big[j]!.dense!) + (1 - MEANING_WEIGHT) * cosine(big[i]!.centroid, big[j]!.centroid);
      // A shared taxonomy subject is evidence of meaning, never enough alone: the two must still be close.
      const sameSubject = dominant.get(big[i]!.id)?.startsWith('c:') && dominant.get(big[i]!.id) === dominant.get(big[j]!.id);
      if (blended >= MERGE_MEANING || (sameSubject && blended >= MERGE_SAME_SUBJECT)) union(big[i]!.id, big[j]!.id);
    }
  }
  const groups = groupByRoot(clusters, find);
  const total = Math.max(1, model.totals.sessions);
  const floor = Math.max(2, Math.ceil(total * 0.03));
  const candidates: { list: Cluster[]; theme: PresentedTheme; polarity: Polarity }[] = [];
  for (const list of groups.values()) {
    if (list.reduce((n, c) => n + c.members.size, 0) < floor) continue;
    const theme = buildTheme(list, dominant, model);
    if (!theme || theme.sessions.size < floor) continue;
    const polarity = list[0]!.polarity ?? 'neutral';
    if (polarity === 'neutral' && (!theme.concept || theme.sessions.size < Math.max(3, Math.ceil(total * 0.05)))) continue;
    candidates.push({ list, theme, polarity });
  }
  candidates.sort((a, b) => b.theme.sessions.size - a.theme.sessions.size || b.theme.mentions - a.theme.mentions || (a.theme.id < b.theme.id ? -1 : 1));
  const shown = candidates.slice(0, MAX_THEMES);
  const labels = themeLabels(shown.map((c) => c.theme.members));
  const wished = shown.some((c) => c.polarity === 'neutral') ? wishesSaid(model) : new Set<string>();
  const usedIds = new Set<string>();
  const themeOfCluster = new Map<string, string>();
  const themes = shown.map(({ list, theme, polarity }, i) => {
    const largest = [...list].sort((a, b) => b.members.size - a.members.size || (a.id < b.id ? -1 : 1))[0]!;
    const subject = theme.concept ? CONCEPTS.get(theme.concept)?.label : undefined;
    const phrase = labels[i];
    // The model's words name a theme it labelled (most of its mentions carry a label); phrases name the others.
    const named = theme.members.filter((m) => m.label).length * 2 > theme.members.length ? mostCommon(theme.members.flatMap((m) => (m.label ? [model.labelAliases.get(m.label) ?? m.label] : []))) : undefined;
    // A neutral theme made mostly of what people asked for is a request, and says so ("Asked for: don't close a ticket").
    const asked = polarity === 'neutral' && phrase !== undefined && theme.members.filter((m) => wished.has(saidAt(m.sessionId, m.turnId, m.text))).length * 2 >= theme.members.length;
    const label = named ?? (asked ? `Asked for: ${phrase.toLowerCase()}` : subject && phrase ? `${subject}: ${phrase.toLowerCase()}` : (phrase ?? theme.label));
    const description = asked ? theme.description.replace(/^Raised in/, 'Asked for in') : theme.description;
    const preferred = theme.concept ? `th_${theme.concept}${polarity === 'pain' ? '' : `_${polarity}`}` : largest.id;
    const id = usedIds.has(preferred) ? largest.id : preferred;
    usedIds.add(id);
    for (const c of list) themeOfCluster.set(c.id, id);
    return { ...theme, id, label, description };
  });
  return { themes, themeOfCluster };
}

/**
 * A model's label is its reading of the meaning: clusters it gave one label (and one polarity) are one theme, and so
 * are labels a model grouped as one finding (study-model.ts labelAliases).
 */
function unionByModelLabel(model: StudyModel, clusters: Cluster[], union: (a: string, b: string) => void): void {
  const byLabel = new Map<string, string>();
  for (const c of clusters) {
    const label = modelLabel(c);
    if (!label) continue;
    const key = `${c.polarity}/${model.labelAliases.get(label) ?? label}`;
    const first = byLabel.get(key);
    if (first) union(first, c.id);
    else byLabel.set(key, c.id);
  }
}

/** The model label most of a cluster's mentions carry (the one it was joined by), if any. */
function modelLabel(c: Cluster): string | undefined {
  const labels = [...c.members.values()].flatMap((m) => (m.label ? [m.label] : []));
  return labels.length * 2 > c.members.size ? mostCommon(labels) : undefined;
}

/** Clusters gathered under the root their merges lead to: one list per theme-to-be. */
function groupByRoot(clusters: Cluster[], find: (id: string) => string): Map<string, Cluster[]> {
  const groups = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const root = find(c.id);
    const list = groups.get(root) ?? [];
    list.push(c);
    groups.set(root, list);
  }
  return groups;
}
