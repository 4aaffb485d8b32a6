import type { Persona } from '@parley/protocol';
import type { StudyModel } from '../study/study-model.ts';
import type { DistinctiveTrait } from './distinctive-traits.ts';
import { personaCard, type PersonaDraft } from './persona-card.ts';
import { namingCounts } from './persona-name.ts';
import { hashText, sessionEvidence } from './persona-evidence.ts';
import { profileVectors, sessionTraits, type Surfaces } from './persona-profiles.ts';
import { MIN_TRAITS, splitPersonas } from './persona-split.ts';

/** Personas, with what they were built from and why there are not more. */
export interface PersonaSet {
  drafts: PersonaDraft[];
  /** Why there are fewer personas than asked for (or none), in a sentence; '' when there are as many. */
  reason: string;
  /** Interviews that said something about who they are, what they want, do or struggle with. */
  profiled: number;
}

/** Persona cards for a study (see buildPersonaSet). */
export function buildPersonas(model: StudyModel, count: number): Persona[] {
  return buildPersonaSet(model, count).drafts.map((d) => d.persona);
}

/**
 * Persona cards from who people are and what they say: each interview becomes a profile of its attributes and of the
 * words of its context, goal, behaviour and frustration sentences (never requests, questions back, closing lines or
 * injection attempts); the profiles are clustered into at most `count` groups that the data supports (at least three
 * interviews each, set apart by traits most of them share, reproducible on subsamples). Everything is derived from
 * the interviews' content, in an order fixed by their content: the same interviews give the same personas (names,
 * order, members, sentences) in any study, whatever their ids.
 */
export function buildPersonaSet(model: StudyModel, count: number): PersonaSet {
  const evidence = [...model.sessions.values()]
    .map(sessionEvidence)
    .sort((a, b) => (a.contentKey < b.contentKey ? -1 : a.contentKey > b.contentKey ? 1 : a.sessionId < b.sessionId ? -1 : 1));
  const surfaces: Surfaces = new Map();
  const allTraits = evidence.map((e) => sessionTraits(e, surfaces));
  const { profiles: all } = profileVectors(allTraits);
  const kept = evidence.flatMap((e, i) => (Object.keys(all[i]!.vector).length > 0 ? [i] : []));
  // Traits and weights are computed again among the profiled interviews only: they are the population.
  const traits = kept.map((i) => allTraits[i]!);
  const { profiles, documentFrequency } = profileVectors(traits);
  const members = kept.map((i) => evidence[i]!);
  const seed = Number.parseInt(hashText(members.map((m) => m.contentKey).join('|')).slice(0, 8), 16);
  const split = splitPersonas(profiles, documentFrequency, count, seed);

  if (split.groups.length === 1 && !coherent(split.groups[0]!.traits, members.length)) {
    return { drafts: [], reason: `No personas: the ${members.length} interviews do not split into groups, and share too little to describe as one.`, profiled: members.length };
  }
  const naming = namingCounts(members);
  const usedNames = new Set<string>();
  const groups = split.groups
    .map((g) => ({ ...g, people: g.members.map((i) => members[i]!) }))
    .sort((a, b) => b.people.length - a.people.length || (a.people[0]!.contentKey < b.people[0]!.contentKey ? -1 : 1));
  const drafts = groups.map((g) => personaCard({ members: g.people, traits: g.traits, surfaces, naming, total: members.length, usedNames }));
  if (split.reason && drafts.length > 0) drafts[0]!.persona.context += ` ${split.reason}`;
  return { drafts, reason: split.reason, profiled: members.length };
}

/**
 * Whether everyone can honestly be described as one persona: they describe themselves alike (a word of who they are,
 * not a topic they talk about anyway, said by at least two thirds of them), and at least MIN_TRAITS things they say
 * (not attributes) are that common. Interviews of different kinds of people, too few to split, are not merged into
 * one made-up person.
 */
function coherent(traits: DistinctiveTrait[], size: number): boolean {
  const common = traits.filter((t) => !t.key.startsWith('a:') && t.inGroup >= (2 / 3) * size);
  const said = new Map(traits.map((t) => [t.key, t.inGroup]));
  const identity = common.some((t) => {
    if (!t.key.startsWith('x:') || t.key.startsWith('x:c:')) return false;
    const term = t.key.slice(2);
    const asTopic = Math.max(...['g', 'b', 'p'].map((f) => said.get(`${f}:${term}`) ?? 0));
    return asTopic < t.inGroup / 2;
  });
  return common.length >= MIN_TRAITS && identity;
}
