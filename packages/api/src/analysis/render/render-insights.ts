import type { SegmentInsight, StudyInsights } from '@parley/protocol';
import type { StudyModel } from '../study/study-model.ts';
import { roundScore } from '../study/sentiment-class.ts';
import { presentThemes } from './present-themes.ts';
import { pickQuotes } from './quotes.ts';
import { sessionThemes } from './session-themes.ts';
import { orderedSegments, renderSegments } from './segments.ts';
import { tallySegments } from './segment-tally.ts';
import { attributeKinds } from './segment-kinds.ts';
import { renderJourney } from './journey.ts';
import { renderSupport } from './support.ts';
import { renderSummary } from './summary.ts';
import { TENTATIVE_BELOW } from './evidence.ts';
import { renderSignals } from './signals.ts';

const QUOTES_PER_THEME = 3;

/** What is stored per study: the insights without `segments`, and every attribute's segments for `?segmentBy=`. */
export interface StoredInsights {
  // 3: segments gained "(none)" and month cohorts; insights stored by an older render are rendered again.
  schema: 3;
  insights: Omit<StudyInsights, 'segments'>;
  segmentsByAttribute: Record<string, Record<string, SegmentInsight>>;
  /** The model version it was rendered from. */
  version: number;
}

/** The study frame a render needs. */
export interface StudyFrame {
  studyId: string;
  flow: string[];
  createdAt: string;
}

/** Renders a study's insights from its model; pure and local, so it runs after every change and never waits on a model. */
export function renderInsights(model: StudyModel, frame: StudyFrame, engine: 'offline' | 'llm'): StoredInsights {
  const { themes, themeOfCluster } = presentThemes(model);
  const bySession = sessionThemes(model, themeOfCluster);
  const totals = model.totals;
  const sentiment = {
    average: roundScore(totals.sessions ? totals.sentimentSum / totals.sessions : 0),
    distribution: { ...totals.distribution },
  };
  const kinds = attributeKinds(model.digests.values());
  const tally = tallySegments(model, bySession, kinds);
  const segmentsByAttribute = renderSegments(tally, themes, kinds);
  const journey = renderJourney(model, themes, frame.flow);
  const support = renderSupport(model, themes, tally, themeOfCluster);
  return {
    schema: 3,
    version: model.version,
    insights: {
      studyId: frame.studyId,
      sessionsAnalyzed: totals.sessions,
      turnsAnalyzed: totals.turns,
      updatedAt: model.updatedAt ?? frame.createdAt,
      engine,
      summary: { ...renderSummary(model, themes, tally, sentiment, journey, support), source: 'offline' },
      themes: themes.map((t) => ({
        id: t.id,
        label: t.label,
        description: t.description,
        count: t.sessions.size,
        mentions: t.mentions,
        sentiment: t.sentiment,
        quotes: pickQuotes(t.members, t.sentiment, QUOTES_PER_THEME, t.typicality),
        share: totals.sessions ? Math.round((t.sessions.size / totals.sessions) * 1000) / 1000 : 0,
        tentative: t.sessions.size < TENTATIVE_BELOW,
      })),
      sentiment,
      segmentAttributes: [...totals.attributes.keys()].sort(),
      segmentOptions: [...kinds.keys()].sort().map((name) => ({ name, kind: kinds.get(name)!, values: orderedSegments(tally.get(name)!, kinds.get(name)!).map(([value]) => value) })),
      emotions: Object.fromEntries([...totals.emotions.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))),
      journey,
      support,
      signals: renderSignals(model),
    },
    segmentsByAttribute,
  };
}

/** Reads stored insights, or null when they are not ours (another schema) and must be rendered again. */
export function readStoredInsights(value: unknown): StoredInsights | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<StoredInsights>;
  return v.schema === 3 && typeof v.insights === 'object' && typeof v.segmentsByAttribute === 'object' ? (v as StoredInsights) : null;
}
