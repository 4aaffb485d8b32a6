import type { JourneyView, Touchpoint } from '@parley/protocol';
import type { StudyModel } from '../study/study-model.ts';
import { roundScore } from '../study/sentiment-class.ts';
import type { PresentedTheme } from './present-themes.ts';
import { pickQuotes } from './quotes.ts';

const PER_STAGE = 3;
const OVERALL = 5;
/** A touchpoint needs a clear lean: friction below -FEELING, delight above +FEELING. */
const FEELING = 0.1;

/**
 * Journey mapping: the plan's stages in order (stages only sessions know come after), each with its turns' sentiment,
 * emotions, and the themes that were friction (negative) or delight (positive) there, each with a quote from that stage.
 */
export function renderJourney(model: StudyModel, themes: PresentedTheme[], flow: string[]): JourneyView {
  const stageNames = [...flow.filter((s) => model.totals.stages.has(s)), ...[...model.totals.stages.keys()].filter((s) => !flow.includes(s)).sort()];
  const emotionsByStage = new Map<string, Map<string, number>>();
  for (const analysis of model.sessions.values()) {
    for (const turn of analysis.turns) {
      if (!turn.stage) continue;
      const counts = emotionsByStage.get(turn.stage) ?? new Map<string, number>();
      for (const e of turn.emotions) counts.set(e, (counts.get(e) ?? 0) + 1);
      emotionsByStage.set(turn.stage, counts);
    }
  }
  const all: Touchpoint[] = [];
  const stages = stageNames.map((stage) => {
    const t = model.totals.stages.get(stage)!;
    const touchpoints = themes
      .map((theme) => touchpoint(theme, stage))
      .filter((p): p is Touchpoint => p !== null);
    all.push(...touchpoints);
    return {
      stage,
      sessions: t.sessions,
      turns: t.turns,
      sentiment: roundScore(t.sentimentSum / Math.max(1, t.turns)),
      distribution: { ...t.distribution },
      emotions: [...(emotionsByStage.get(stage) ?? new Map()).entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([e]) => e),
      friction: rank(touchpoints.filter((p) => p.sentiment < -FEELING), -1).slice(0, PER_STAGE),
      delight: rank(touchpoints.filter((p) => p.sentiment > FEELING), 1).slice(0, PER_STAGE),
    };
  });
  return {
    stages,
    friction: rank(all.filter((p) => p.sentiment < -FEELING), -1).slice(0, OVERALL),
    delight: rank(all.filter((p) => p.sentiment > FEELING), 1).slice(0, OVERALL),
  };
}

function touchpoint(theme: PresentedTheme, stage: string): Touchpoint | null {
  const members = theme.members.filter((m) => m.stage === stage);
  if (members.length < 2) return null;
  const sentiment = roundScore(members.reduce((s, m) => s + m.sentiment, 0) / members.length);
  return { themeId: theme.id, label: theme.label, stage, mentions: members.length, sentiment, quote: pickQuotes(members, sentiment, 1)[0] ?? null };
}

/** Strongest first: how many mentions, times how strongly they lean the given way. */
function rank(points: Touchpoint[], sign: 1 | -1): Touchpoint[] {
  return points.sort((a, b) => b.mentions * sign * b.sentiment - a.mentions * sign * a.sentiment || (a.themeId < b.themeId ? -1 : 1));
}
