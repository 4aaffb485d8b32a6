import { describe, expect, it } from 'vitest';
import type { Persona } from '@parley/protocol';
import { createOfflineEngine } from '../../../src/analysis/offline/offline-engine.ts';
import { saysWhoTheyAre } from '../../../src/analysis/offline/self-description.ts';
import { loadSentenceEmbedder } from '../../../src/analysis/meaning/node-embedder.ts';
import { buildPersonaSet } from '../../../src/analysis/personas/build-personas.ts';
import { PEOPLE, type PersonKindId } from '../corpus/support-corpus.ts';
import { peopleInterviews as interviews, type PersonaInterview } from './persona-interviews.ts';
import { analyseInterviews, type AnalysedStudy } from './persona-model.ts';

const engine = createOfflineEngine();
const meaning = await loadSentenceEmbedder();
const analyse = (list: PersonaInterview[], withMeaning: boolean, studyId = 'st_identity', prefix = 'i') =>
  analyseInterviews(engine, list, { studyId, prefix, ...(withMeaning ? { embedder: meaning } : {}) });

function kindsOf(study: AnalysedStudy, p: Persona): string[] {
  return [...new Set(p.sessionIds.map((id) => study.groupOf.get(id)!))];
}

describe('personas of people who describe themselves in different words', () => {
  it('finds IT admins and owner-operators by what their self-descriptions mean, and leads each card with them', async () => {
    const study = await analyse(interviews(['it_admin', 'owner'], 14), true);
    const set = buildPersonaSet(study.model, 3);
    const personas = set.drafts.map((d) => d.persona);
    expect(personas.map((p) => kindsOf(study, p)).sort()).toEqual([['it_admin'], ['owner']]);
    expect(personas.map((p) => p.sessionIds.length)).toEqual([14, 14]);
    for (const d of set.drafts) {
      const kind = kindsOf(study, d.persona)[0] as PersonKindId;
      expect(d.byIdentity).toBe(true);
      // The quote and the opening of the description are how its own members say who they are.
      expect(PEOPLE[kind].self).toContain(d.persona.quote);
      expect(d.persona.context).toMatch(/^In their words: “[^”]+” · “[^”]+”/);
      expect(d.persona.context).toMatch(/14 of 28 interviews \(50%\)/);
      // Saying who you are is context, never a goal.
      for (const goal of d.persona.goals) expect(saysWhoTheyAre(goal), goal).toBe(false);
      expect(d.persona.name).not.toMatch(/^Group \d/);
    }
    expect(set.reason).toMatch(/2 personas, not 3/);
  });

  it('gives a card the needs its members asked for as goals, in their words, when they state no goal', async () => {
    const wish = 'Someone should check the fix worked before closing the ticket.';
    const list = interviews(['it_admin', 'owner'], 14).map((iv) => ({ ...iv, answers: iv.answers.map((a) => (/^I wanted my billing/.test(a) ? wish : a)) }));
    const personas = buildPersonaSet((await analyse(list, true)).model, 3).drafts.map((d) => d.persona);
    expect(personas).toHaveLength(2);
    for (const p of personas) expect(p.goals, p.name).toEqual([wish]);
  });

  it('gives the same personas for the same interviews in another order, under other ids', async () => {
    const list = interviews(['it_admin', 'owner'], 12);
    const one = buildPersonaSet((await analyse(list, true, 'st_a', 'a')).model, 3).drafts.map((d) => d.persona);
    const other = buildPersonaSet((await analyse([...list].reverse(), true, 'st_b', 'b')).model, 3).drafts.map((d) => d.persona);
    const plain = (p: Persona, prefix: string) => ({ ...p, sessionIds: p.sessionIds.map((id) => id.replace(`se_${prefix}_`, '')).sort(), quoteSource: null });
    expect(one).toHaveLength(2);
    expect(other.map((p) => plain(p, 'b'))).toEqual(one.map((p) => plain(p, 'a')));
  });

  it('splits no one kind of person into two, however varied their words', async () => {
    for (const kind of ['it_admin', 'owner'] as const) {
      const study = await analyse(interviews([kind], 28), true);
      const set = buildPersonaSet(study.model, 3);
      expect(set.drafts.length, kind).toBeLessThan(2);
    }
  });

  it('reads no kinds of people into fewer than twelve self-descriptions', async () => {
    const study = await analyse(interviews(['it_admin', 'owner'], 5), true);
    expect(buildPersonaSet(study.model, 3).drafts).toEqual([]);
  });

  it('reads words alone where there is no meaning (the edge), and then invents no groups', async () => {
    const study = await analyse(interviews(['it_admin', 'owner'], 14), false);
    expect(buildPersonaSet(study.model, 3)).toMatchObject({ drafts: [], reason: expect.stringMatching(/^No personas/) });
  });
});
