import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../harness.ts';
import { createAnalysis } from '../../../src/analysis/analysis.ts';
import { isRealGoal } from '../../../src/analysis/personas/persona-sentences.ts';
import { expectRealQuote } from '../analysis-support.ts';
import { personaInterviews } from './persona-interviews.ts';
import { seedPersonaStudy } from './seed-persona-study.ts';

// The same 30 persona interviews written into two studies of one workspace, under different study and session ids
// (the second in the reverse order), read through POST /v1/studies/:id/personas as a client would.
let t: Awaited<ReturnType<typeof makeTestApp>>;
let ws: { id: string; secretKey: string };
const analysis = createAnalysis();
const interviews = personaInterviews({ groups: { freelancer: 12, finance: 10, agency: 8 }, seed: 7, attributes: true });

beforeAll(async () => {
  t = await makeTestApp({ analysis });
  ws = await t.workspace();
  await seedPersonaStudy(t.store, ws.id, interviews, { studyId: 'st_personas_9d2e', prefix: 'x' });
  await seedPersonaStudy(t.store, ws.id, [...interviews].reverse(), { studyId: 'st_personas_41b7', prefix: 'y' });
});
afterAll(async () => {
  await analysis.idle();
  await t.cleanup();
});

const personasOf = async (studyId: string, body: unknown = {}) => {
  const res = await t.call('POST', `/v1/studies/${studyId}/personas`, { key: ws.secretKey, body });
  expect(res.status).toBe(200);
  return res.json.personas as any[];
};

describe('POST /v1/studies/:id/personas on a persona study', () => {
  it('gives the three kinds of customer, each with real quotes and only its own members’ sentences', async () => {
    const personas = await personasOf('st_personas_9d2e');
    expect(personas).toHaveLength(3);
    const kinds = personas.map((p) => new Set(p.sessionIds.map((id: string) => interviews[Number(id.slice(-4))]!.group)));
    expect(kinds.map((k) => [...k])).toEqual([['freelancer'], ['finance'], ['agency']]);
    for (const p of personas) {
      await expectRealQuote(t.store, ws.id, { ...p.quoteSource, text: p.quote });
      for (const goal of p.goals) expect(isRealGoal(goal), goal).toBe(true);
      const said = p.sessionIds.flatMap((id: string) => interviews[Number(id.slice(-4))]!.answers).join('\n');
      for (const sentence of [...p.goals, ...p.frustrations, ...p.behaviors]) expect(said).toContain(sentence);
    }
  });

  it('gives identical personas for the same interviews in another study under other ids', async () => {
    const normalise = (personas: any[], prefix: string) =>
      JSON.parse(JSON.stringify(personas).replaceAll(`se_${prefix}_`, 'se_').replaceAll(`tu_se_${prefix}_`, 'tu_se_'));
    const first = await personasOf('st_personas_9d2e', { count: 3 });
    const second = await personasOf('st_personas_41b7', { count: 3 });
    expect(normalise(second, 'y')).toEqual(normalise(first, 'x'));
  });
});
