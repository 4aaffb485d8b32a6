import { describe, expect, it } from 'vitest';
import type { ExtractedTurn } from '../engine.ts';
import type { Mention, WishSentence } from '../session-analysis.ts';
import { StudyModel } from '../study/study-model.ts';
import { askedFor } from './asked-for.ts';
import { presentThemes } from './present-themes.ts';

const mention = (text: string, label: string, sentiment: number, words: string[]): Omit<Mention, 'themeId'> => ({
  text,
  sentiment,
  label,
  // As the LLM engine weighs them: the model's label first (LABEL_WEIGHT), then the words.
  features: { [`t:${label.toLowerCase().replace(/\W+/g, '-')}`]: 3, ...Object.fromEntries(words.map((w) => [`w:${w}`, 1])) },
  phrases: [],
  quotability: 1.5,
});
const wish = (text: string, words: string[]): WishSentence => ({ text, phrases: [], features: Object.fromEntries(words.map((w) => [`w:${w}`, 1])) });

/** A study as a model reads it: each interview one answer, its mentions labelled, and what it asks for. */
function study(interviews: { mentions: Omit<Mention, 'themeId'>[]; wishes: WishSentence[] }[]): StudyModel {
  const model = new StudyModel('ws_test', 'st_test');
  interviews.forEach((iv, i) => {
    const sessionId = `se_${i}`;
    const turn = { turnId: 'a0', at: '2026-12-01T09:00:00.000Z', stage: null, sentiment: -0.5, emotions: [], mentions: iv.mentions as Mention[], painPoints: [], goals: [], behaviors: [], quotes: [], wishes: iv.wishes, engine: 'llm' } as ExtractedTurn;
    model.put({ schema: 1, sessionId, studyId: 'st_test', attributes: {}, turns: model.assign(sessionId, [turn]) }, 2, turn.at);
  });
  return model;
}

describe('what participants asked for, linked to the pain it would fix', () => {
  const followUp = (i: number) => mention(`Nobody followed up after closing, case ${i}.`, 'No follow-up after closing', -0.7, ['follow', 'close']);
  const slow = (i: number) => mention(`The first reply took days, case ${i}.`, 'Slow first reply', -0.7, ['reply', 'first', 'day']);

  it('goes by closeness in words when nothing else says which pain a wish is about', () => {
    const model = study([
      ...[0, 1, 2].map((i) => ({ mentions: [slow(i)], wishes: [wish('A first reply within a day.', ['reply', 'first', 'day'])] })),
      ...[3, 4, 5].map((i) => ({ mentions: [followUp(i)], wishes: [] })),
    ]);
    const { themes, themeOfCluster } = presentThemes(model);
    const pains = themes.filter((t) => t.sentiment < -0.1);
    const asked = askedFor(model, pains, themeOfCluster);
    const slowTheme = pains.find((t) => t.label === 'Slow first reply')!;
    expect(asked.get(slowTheme.id)).toMatchObject({ sessions: 3, quotes: [{ text: 'A first reply within a day.' }] });
    expect([...asked.keys()]).toEqual([slowTheme.id]);
  });

  it('follows the reading when it filed the wish under a pain, though its words lean to another', () => {
    // Its words are the slow replies' words, but the model read it as asking for a follow-up after closing.
    const ask = 'A first reply the day after closing, asking whether it worked.';
    const model = study([
      ...[0, 1, 2].map((i) => ({ mentions: [slow(i)], wishes: [] })),
      ...[3, 4, 5].map((i) => ({ mentions: [followUp(i), mention(ask, 'No follow-up after closing', -0.3, ['reply', 'first', 'day'])], wishes: [wish(ask, ['reply', 'first', 'day'])] })),
    ]);
    const { themes, themeOfCluster } = presentThemes(model);
    const pains = themes.filter((t) => t.sentiment < -0.1);
    expect(pains.map((t) => t.label).sort()).toEqual(['No follow-up after closing', 'Slow first reply']);
    const followTheme = pains.find((t) => t.label === 'No follow-up after closing')!;
    const asked = askedFor(model, pains, themeOfCluster);
    expect(asked.get(followTheme.id)).toMatchObject({ sessions: 3, quotes: [{ text: ask }] });
    expect(asked.size).toBe(1);
  });
});
