import { describe, expect, it } from 'vitest';
import type { SessionAnalysis, TurnInsight } from '../session-analysis.ts';
import { sessionEvidence } from './persona-evidence.ts';

const turn = (over: Partial<TurnInsight>): TurnInsight => ({
  turnId: 't1',
  at: '2026-12-06T09:00:00.000Z',
  stage: null,
  sentiment: -0.5,
  emotions: [],
  mentions: [],
  painPoints: [],
  goals: [],
  behaviors: [],
  quotes: [],
  engine: 'llm',
  ...over,
});
const session = (turns: TurnInsight[]): SessionAnalysis => ({ schema: 1, sessionId: 's1', studyId: 'st1', attributes: {}, turns });

describe('persona evidence from a model-analysed interview', () => {
  it('keeps who the participant says they are, though the model only extracted the experience', () => {
    const evidence = sessionEvidence(
      session([
        turn({
          mentions: [{ text: 'They closed the ticket with the bug still there.', sentiment: -0.7, features: { 't:closed-unfixed': 1 }, phrases: ['ticket'], label: 'Closed unfixed', quotability: 2, themeId: 'th1' }],
          about: [{ text: 'I look after IT for a company of about three hundred staff.', phrases: ['company', 'staff'] }],
        }),
      ]),
    );
    const self = evidence.sentences.find((s) => s.text.startsWith('I look after IT'));
    expect(self?.facets).toEqual(['context']);
    expect(evidence.sentences.find((s) => s.text.startsWith('They closed'))?.facets).toContain('pain');
  });

  it('files a complaint that recurs as a frustration, not a habit', () => {
    const evidence = sessionEvidence(
      session([
        turn({
          engine: 'offline',
          sentiment: -0.6,
          behaviors: ['I had to explain the whole thing again every time someone new picked it up.', 'I usually raise tickets on behalf of colleagues.'],
          painPoints: ['I had to explain the whole thing again every time someone new picked it up.'],
        }),
      ]),
    );
    expect(evidence.sentences.find((s) => s.text.startsWith('I had to explain'))?.facets).toEqual(['pain']);
    expect(evidence.sentences.find((s) => s.text.startsWith('I usually raise'))?.facets).toContain('behavior');
  });

  it('reads an older analysis without self-descriptions as before', () => {
    const evidence = sessionEvidence(session([turn({ quotes: ['I run a small florist and do all the admin myself.'] })]));
    expect(evidence.sentences.map((s) => s.facets)).toEqual([['context']]);
  });
});
