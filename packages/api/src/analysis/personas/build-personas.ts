import type { Persona } from '@parley/protocol';
import type { SentenceEmbedder } from '../meaning/sentence-vectors.ts';
import type { StudyModel } from '../study/study-model.ts';
import type { DistinctiveTrait } from './distinctive-traits.ts';
import { personaCard, type PersonaDraft } from './persona-card.ts';
import { namingCounts } from './persona-name.ts';
import { hashText, sessionEvidence, type SessionEvidence } from './persona-evidence.ts';
import { profileVectors, sessionTraits, type Surfaces } from './persona-profiles.ts';
import { identityProfiles } from './identity-profiles.ts';
import { MIN_TRAITS, splitPersonas, type PersonaSplit } from './persona-split.ts';
import { distinctiveTraits } from './distinctive-traits.ts';

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
 * interviews each, set apart by traits most of them share, reproducible on subsamples). When words find no groups
 * and the runtime reads meaning, the interviews are clustered again on who they say they are (the meaning and words
 * of their self-descriptions and work habits, identity-profiles.ts): people of one kind rarely describe themselves in
 * the same words, and a split counts if its groups come back on nearly every subsample. Everything is derived from
 * the interviews' content, in an order fixed by their content: the same interviews give the same personas (names,
 * order, members, sentences) in any study, whatever their ids.
 */
export function buildPersonaSet(model: StudyModel, count: number): PersonaSet {
  const evidence = [...model.sessions.values()]
    .map(sessionEvidence)
    .sort((a, b) => (a.contentKey < b.contentKey ? -1 : a.contentKey > b.contentKey ? 1 : a.sessionId < b.sessionId ? -1 : 1));
  const surfaces: Surfaces = new Map();
  const allTraits = evidence.map((e) => sessionTraits(e, surfaces));
  const { profiles: all, documentFrequency: everyone } = profileVectors(allTraits);
  const kept = evidence.flatMap((e, i) => (Object.keys(all[i]!.vector).length > 0 ? [i] : []));
  // Traits and weights are computed again among the profiled interviews only: they are the population.
  const traits = kept.map((i) => allTraits[i]!);
  const { profiles, documentFrequency } = profileVectors(traits);
  const members = kept.map((i) => evidence[i]!);
  const seed = Number.parseInt(hashText(members.map((m) => m.contentKey).join('|')).slice(0, 8), 16);
  const byWords = splitPersonas(profiles, documentFrequency, count, seed);
  if (byWords.groups.length < 2 && model.embedder) {
    // Groups that share words are the surer finding; who people say they are is read when words find no groups,
    // among every interview (one whose words are all its own still says who it is).
    const byIdentity = splitByIdentity(evidence, allTraits, everyone, model.embedder, count, seed);
    if (byIdentity) return personaCards(byIdentity, evidence, surfaces, true);
  }
  if (byWords.groups.length === 1 && !coherent(byWords.groups[0]!.traits, members.length)) {
    return { drafts: [], reason: `No personas: the ${members.length} interviews do not split into groups, and share too little to describe as one.`, profiled: members.length };
  }
  return personaCards(byWords, members, surfaces, false);
}

/** The cards of a split of `population` (largest group first), with the reason there are not more. */
function personaCards(split: PersonaSplit, population: SessionEvidence[], surfaces: Surfaces, byIdentity: boolean): PersonaSet {
  const naming = namingCounts(population);
  const usedNames = new Set<string>();
  const groups = split.groups
    .map((g) => ({ ...g, people: g.members.map((i) => population[i]!) }))
    .sort((a, b) => b.people.length - a.people.length || (a.people[0]!.contentKey < b.people[0]!.contentKey ? -1 : 1));
  const drafts = groups.map((g) => personaCard({ members: g.people, traits: g.traits, surfaces, naming, total: population.length, usedNames, byIdentity }));
  if (split.reason && drafts.length > 0) drafts[0]!.persona.context += ` ${split.reason}`;
  return { drafts, reason: split.reason, profiled: population.length };
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

/**
 * How reproducible a split by who people say they are must be, measured on 30 subsamples re-clustered from 5 starts
 * each. Meaning is noisier than shared words: with ten subsamples the estimate moved by ±0.08 on one study, and many
 * restarts find the small real sub-groups inside one kind (hospital IT against company IT) as readily as the kinds.
 * Measured on the support corpus (bench/RESULTS.md): 12 studies of one kind of person split at 0.20–0.69, 8 studies
 * of two kinds at 0.87–0.99.
 */
const IDENTITY_STABILITY = 0.8;
const IDENTITY_STABILITY_RUNS = 30;
const IDENTITY_STABILITY_RESTARTS = 5;
/** Self-descriptions a split by who people are needs: among fewer, any two wordings look like two kinds of people. */
const IDENTITY_MIN_INTERVIEWS = 12;

/**
 * The split by who people say they are, or null when it finds fewer than two groups. Interviews that say nothing
 * about themselves are in no group (the reason says how many); groups are described against every interview.
 */
function splitByIdentity(
  members: SessionEvidence[],
  traits: Set<string>[],
  documentFrequency: Map<string, number>,
  embedder: SentenceEmbedder,
  count: number,
  seed: number,
): PersonaSplit | null {
  const identity = identityProfiles(members, traits, embedder);
  const described = identity.flatMap((p, i) => (p ? [i] : []));
  if (described.length < IDENTITY_MIN_INTERVIEWS) return null;
  const split = splitPersonas(described.map((i) => identity[i]!), documentFrequency, count, seed, { minTraits: 0, minStability: IDENTITY_STABILITY, stabilityRuns: IDENTITY_STABILITY_RUNS, stabilityRestarts: IDENTITY_STABILITY_RESTARTS });
  if (split.groups.length < 2) return null;
  const groups = split.groups.map((g) => {
    const people = g.members.map((j) => described[j]!);
    return { members: people, traits: distinctiveTraits(traits, people, documentFrequency) };
  });
  const silent = members.length - described.length;
  const left = silent > 0 ? `${silent} interview${silent === 1 ? '' : 's'} said nothing about who they are, so ${silent === 1 ? 'it is' : 'they are'} in no persona.` : '';
  return { ...split, groups, reason: [split.reason, left].filter(Boolean).join(' ') };
}
