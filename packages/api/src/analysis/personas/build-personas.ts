import type { Persona } from '@parley/protocol';
import { CX_CONCEPTS } from '../offline/cx-lexicon.ts';
import { presentThemes, type PresentedTheme } from '../render/present-themes.ts';
import { pickQuotes } from '../render/quotes.ts';
import { sessionThemes } from '../render/session-themes.ts';
import { feelingWord } from '../render/summary.ts';
import type { Features, SessionAnalysis } from '../session-analysis.ts';
import { normalise } from '../offline/read-sentence.ts';
import { dot, topFeature } from '../study/sparse.ts';
import type { StudyModel } from '../study/study-model.ts';
import { sphericalKMeans } from './spherical-kmeans.ts';

const PERSONA_NAMES = new Map(CX_CONCEPTS.map((c) => [c.key, c.persona]));
const LIST = 3;

/**
 * Persona cards from what participants said and did, not who they are: each session becomes a vector of the themes
 * it raised (and whether it raised them in frustration or praise) and of the subjects of its goals and habits;
 * spherical k-means groups the sessions; each group is named for the theme that sets it apart most, and described
 * by its members' own goals, frustrations, behaviours and a real quote. Attributes only describe the group (context).
 */
export function buildPersonas(model: StudyModel, count: number): Persona[] {
  const { themes, themeOfCluster } = presentThemes(model);
  const bySession = sessionThemes(model, themeOfCluster);
  const ids: string[] = [];
  const vectors: Features[] = [];
  for (const [sessionId, analysis] of model.sessions) {
    const v = sessionVector(analysis, bySession.get(sessionId) ?? new Map());
    if (Object.keys(v).length === 0) continue;
    ids.push(sessionId);
    vectors.push(v);
  }
  if (ids.length === 0) return [];
  const k = Math.min(count, ids.length);
  const { assignments, centroids } = sphericalKMeans(vectors, k, hash(model.studyId));
  const groups = centroids
    .map((centroid, i) => ({ centroid, members: ids.map((id, j) => ({ id, v: vectors[j]! })).filter((_, j) => assignments[j] === i) }))
    .filter((g) => g.members.length > 0)
    .sort((a, b) => b.members.length - a.members.length);

  const used = new Set<string>();
  const themeById = new Map(themes.map((t) => [t.id, t]));
  return groups.map((group) => {
    const members = group.members.sort((a, b) => dot(b.v, group.centroid) - dot(a.v, group.centroid) || (a.id < b.id ? -1 : 1)).map((m) => m.id);
    const inGroup = new Set(members);
    const defining = distinguishing(members, bySession, model.totals.sessions, themeById);
    const name = personaName(defining, used);
    const quote = personaQuote(model, defining, members, inGroup);
    return {
      name,
      quote: quote.text,
      quoteSource: { sessionId: quote.sessionId, turnId: quote.turnId },
      goals: sentences(model, members, 'goals'),
      frustrations: frustrations(members, bySession, themeById),
      behaviors: sentences(model, members, 'behaviors'),
      context: context(model, members),
      sessionIds: members,
    };
  });
}

function sessionVector(analysis: SessionAnalysis, themes: Map<string, number>): Features {
  const v: Features = {};
  for (const [theme, feeling] of themes) {
    v[`t:${theme}`] = 1;
    if (feeling < -0.1) v[`t:${theme}:-`] = 0.5;
    if (feeling > 0.1) v[`t:${theme}:+`] = 0.5;
  }
  for (const turn of analysis.turns) {
    for (const m of turn.mentions) {
      const subject = topFeature(m.features);
      if (!subject) continue;
      if (turn.goals.includes(m.text)) v[`g:${subject}`] = 0.7;
      if (turn.behaviors.includes(m.text)) v[`b:${subject}`] = 0.7;
    }
  }
  return normalise(v);
}

/** The group's themes by lift (share in the group over share overall), among themes at least 30% of the group raise. */
function distinguishing(members: string[], bySession: Map<string, Map<string, number>>, total: number, themes: Map<string, PresentedTheme>): PresentedTheme[] {
  const counts = new Map<string, number>();
  for (const id of members) for (const t of bySession.get(id)?.keys() ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, n]) => n / members.length >= 0.3)
    .map(([id, n]) => ({ theme: themes.get(id)!, lift: n / members.length / (themes.get(id)!.sessions.size / Math.max(1, total)), n }))
    .sort((a, b) => b.lift * Math.sqrt(b.n) - a.lift * Math.sqrt(a.n) || (a.theme.id < b.theme.id ? -1 : 1))
    .map((x) => x.theme);
}

function personaName(defining: PresentedTheme[], used: Set<string>): string {
  for (const theme of defining) {
    const name = (theme.concept && PERSONA_NAMES.get(theme.concept)) || `The “${theme.label}” group`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  let n = used.size + 1;
  while (used.has(`Group ${n}`)) n += 1;
  used.add(`Group ${n}`);
  return `Group ${n}`;
}

function personaQuote(model: StudyModel, defining: PresentedTheme[], members: string[], inGroup: Set<string>): { sessionId: string; turnId: string; text: string } {
  for (const theme of defining) {
    const quote = pickQuotes(theme.members.filter((m) => inGroup.has(m.sessionId)), theme.sentiment, 1)[0];
    if (quote) return quote;
  }
  for (const id of members) {
    for (const turn of model.sessions.get(id)?.turns ?? []) {
      const text = turn.quotes[0] ?? turn.mentions[0]?.text;
      if (text) return { sessionId: id, turnId: turn.turnId, text };
    }
  }
  const first = model.sessions.get(members[0]!)!.turns[0]!;
  return { sessionId: members[0]!, turnId: first.turnId, text: first.mentions[0]?.text ?? '' };
}

/** Goals or behaviours in members' own words: one per member, most typical members first, without repeats. */
function sentences(model: StudyModel, members: string[], field: 'goals' | 'behaviors'): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of members) {
    const text = model.sessions.get(id)?.turns.flatMap((t) => t[field]).find((s) => !seen.has(s.toLowerCase()));
    if (!text) continue;
    seen.add(text.toLowerCase());
    out.push(text);
    if (out.length === LIST) break;
  }
  return out;
}

function frustrations(members: string[], bySession: Map<string, Map<string, number>>, themes: Map<string, PresentedTheme>): string[] {
  const counts = new Map<string, number>();
  for (const id of members) for (const [t, feeling] of bySession.get(id) ?? []) if (feeling < -0.1) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, LIST)
    .map(([id, n]) => `${themes.get(id)!.label} (${n} of ${members.length})`);
}

function context(model: StudyModel, members: string[]): string {
  const parts: string[] = [`${members.length} interview${members.length === 1 ? '' : 's'}`];
  const attrs = new Map<string, Map<string, number>>();
  let sentiment = 0;
  const stages = new Map<string, number>();
  for (const id of members) {
    const digest = model.digests.get(id);
    if (!digest) continue;
    sentiment += digest.sentiment;
    for (const [k, v] of Object.entries(digest.attributes)) {
      const values = attrs.get(k) ?? new Map<string, number>();
      values.set(v, (values.get(v) ?? 0) + 1);
      attrs.set(k, values);
    }
    for (const [stage, s] of digest.stages) if (s.sentimentSum / s.turns < -0.1) stages.set(stage, (stages.get(stage) ?? 0) + 1);
  }
  const described = [...attrs.entries()]
    .map(([attr, values]) => {
      const [value, n] = [...values.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
      return { attr, value, n };
    })
    .filter((d) => d.n / members.length >= 0.5)
    .sort((a, b) => b.n - a.n || (a.attr < b.attr ? -1 : 1))
    .slice(0, 3);
  if (described.length) parts.push(`mostly ${described.map((d) => `${d.attr} “${d.value}” (${d.n} of ${members.length})`).join(', ')}`);
  const average = sentiment / members.length;
  parts.push(`sentiment ${feelingWord(average)} (${average.toFixed(2)})`);
  const hardest = [...stages.entries()].sort((a, b) => b[1] - a[1])[0];
  if (hardest && hardest[1] / members.length >= 0.3) parts.push(`most negative around “${hardest[0]}”`);
  return `${parts.join('; ')}.`;
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
