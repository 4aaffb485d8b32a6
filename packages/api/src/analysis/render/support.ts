import type { Driver, Fix, SupportView } from '@parley/protocol';
import { CX_CONCEPTS } from '../offline/cx-lexicon.ts';
import type { StudyModel } from '../study/study-model.ts';
import { roundScore } from '../study/sentiment-class.ts';
import { topFeature } from '../study/sparse.ts';
import type { PresentedTheme } from './present-themes.ts';
import { pickQuotes } from './quotes.ts';
import { askedFor } from './asked-for.ts';
import { valuesBySize, type SegmentTally } from './segment-tally.ts';
import { NO_SEGMENT } from './segment-kinds.ts';

/** Attribute names that describe a support case: channel, issue type, outcome (any spelling: issue_type, issueType…). */
const CASE_ATTRIBUTE = /^(?:(?:support|contact)?channel|issue(?:type|category)?|(?:ticket|case)?(?:type|category|reason|topic)|category|resolution|outcome|resolved|status|product|queue|tier)$/;
const DRIVERS = 5;
const FIXES = 8;
const PER_VALUE = 2;
const MAX_VALUES = 20;

const FIX_OF = new Map(CX_CONCEPTS.map((c) => [c.key, c.fix]));

/**
 * Support experience: which themes go with better or worse sessions than average (drivers), how that differs by
 * channel, issue type and outcome, how many sessions report high effort, and the fixes worth making first.
 */
export function renderSupport(model: StudyModel, themes: PresentedTheme[], tally: SegmentTally, themeOfCluster: ReadonlyMap<string, string>): SupportView {
  const average = model.totals.sessions ? model.totals.sentimentSum / model.totals.sessions : 0;
  const drivers: Driver[] = themes
    .filter((t) => t.sessions.size >= 2)
    .map((t) => {
      let sum = 0;
      for (const id of t.sessions) sum += model.digests.get(id)?.sentiment ?? 0;
      const withTheme = sum / t.sessions.size;
      return { themeId: t.id, label: t.label, sessions: t.sessions.size, sentiment: t.sentiment, impact: Math.round((withTheme - average) * 1000) / 1000 };
    });
  const weight = (d: Driver) => d.impact * Math.sqrt(d.sessions);
  const good = drivers.filter((d) => d.impact > 0.02 && d.sentiment > 0.1).sort((a, b) => weight(b) - weight(a)).slice(0, DRIVERS);
  const bad = drivers.filter((d) => d.impact < -0.02 && d.sentiment < -0.1).sort((a, b) => weight(a) - weight(b)).slice(0, DRIVERS);

  const labels = new Map(themes.map((t) => [t.id, t.label]));
  const topOf = (m: Map<string, number>) => [...m.entries()].filter(([id]) => labels.has(id)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, PER_VALUE).map(([id]) => labels.get(id)!);
  const breakdowns: SupportView['breakdowns'] = {};
  for (const [attr, values] of tally) {
    if (!CASE_ATTRIBUTE.test(attr.toLowerCase().replace(/[^a-z]/g, ''))) continue;
    breakdowns[attr] = Object.fromEntries(
      // Interviews without the attribute ("(none)") are no channel, issue type or outcome to compare.
      valuesBySize(values)
        .filter(([value]) => value !== NO_SEGMENT)
        .slice(0, MAX_VALUES)
        .map(([value, v]) => [value, { sessions: v.sessions, sentiment: roundScore(v.sentimentSum / v.sessions), good: topOf(v.good), bad: topOf(v.bad) }]),
    );
  }

  const effortSessions = new Set<string>();
  for (const cluster of model.clusters.all()) {
    if (topFeature(cluster.centroid) !== 'c:effort') continue;
    for (const m of cluster.members.values()) effortSessions.add(m.sessionId);
  }

  const pains = themes.filter((t) => t.sentiment < -0.1);
  // Every pain competes for a wish, not only the ranked few: a wish about a smaller pain must not be pinned on a bigger one.
  const asked = askedFor(model, pains, themeOfCluster);
  const fixes: Fix[] = pains
    .sort((a, b) => b.sessions.size * -b.sentiment - a.sessions.size * -a.sentiment || (a.id < b.id ? -1 : 1))
    .slice(0, FIXES)
    .map((t, i) => {
      const wishes = asked.get(t.id) ?? { sessions: 0, quotes: [] };
      const theirs = wishes.quotes[0] ? `Participants asked for: “${wishes.quotes[0].text}”` : undefined;
      return {
        priority: i + 1,
        themeId: t.id,
        label: t.label,
        suggestion: (t.concept && FIX_OF.get(t.concept)) || theirs || `Look into what participants say about “${t.label}”`,
        sessions: t.sessions.size,
        sentiment: t.sentiment,
        quote: pickQuotes(t.members, t.sentiment, 1)[0] ?? null,
        askedFor: wishes,
      };
    });

  return {
    drivers: { good, bad },
    breakdowns,
    effort: { highEffortSessions: effortSessions.size, share: model.totals.sessions ? Math.round((effortSessions.size / model.totals.sessions) * 1000) / 1000 : 0 },
    fixes,
  };
}
