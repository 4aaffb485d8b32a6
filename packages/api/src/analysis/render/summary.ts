import type { JourneyView, SentimentSummary, SupportView } from '@parley/protocol';
import type { StudyModel } from '../study/study-model.ts';
import type { PresentedTheme } from './present-themes.ts';
import type { SegmentTally } from './segment-tally.ts';
import { NO_SEGMENT } from './segment-kinds.ts';
import { TENTATIVE_BELOW } from './evidence.ts';

const MAX_FINDINGS = 7;
/** A segment difference worth reporting: this many points of share apart, with enough sessions on both sides. */
const SHARE_GAP = 0.25;
// Fewer interviews than this in a segment make any share of it noise: no comparison is drawn.
const MIN_SEGMENT_SESSIONS = 5;
const MAX_SEGMENT_VALUES = 8;

/** Words for a score. */
export function feelingWord(score: number): string {
  if (score <= -0.35) return 'clearly negative';
  if (score < -0.1) return 'mostly negative';
  if (score >= 0.35) return 'clearly positive';
  if (score > 0.1) return 'mostly positive';
  return 'mixed or neutral';
}

/**
 * How the study feels overall: by the average, but never "positive" when most interviews were negative (a few
 * glowing ones must not outvote many complaints), nor "negative" when most were positive.
 */
export function overallFeeling(average: number, d: { negative: number; neutral: number; positive: number }): string {
  const total = d.negative + d.neutral + d.positive;
  if (total > 0 && d.negative * 2 > total) return average <= -0.35 ? 'clearly negative' : 'mostly negative';
  if (total > 0 && d.positive * 2 > total) return average >= 0.35 ? 'clearly positive' : 'mostly positive';
  if (d.negative > d.positive && average > 0.1) return 'mixed or neutral';
  if (d.positive > d.negative && average < -0.1) return 'mixed or neutral';
  return feelingWord(average);
}

/**
 * The summary and key findings, written from the aggregates (no model call, so reading insights never waits): the
 * headline numbers, the most raised themes people felt something about, the largest differences between segments, the journey's low point and
 * the first fix. Every number in them is one the insights also show.
 */
export function renderSummary(
  model: StudyModel,
  themes: PresentedTheme[],
  tally: SegmentTally,
  sentiment: SentimentSummary,
  journey: JourneyView,
  support: SupportView,
): { text: string; keyFindings: string[] } {
  const n = model.totals.sessions;
  if (n === 0) return { text: 'No interviews have been analysed yet.', keyFindings: [] };
  const d = sentiment.distribution;
  // What people felt strongly about leads; a subject everyone merely mentioned ("I used the chat") is context, and
  // comes only after them.
  const felt = themes.filter((t) => Math.abs(t.sentiment) > 0.1);
  const top = [...felt, ...themes.filter((t) => Math.abs(t.sentiment) <= 0.1)].slice(0, 3);
  const text =
    `${n} interview${n === 1 ? '' : 's'} analysed (${model.totals.turns} answers). Overall sentiment is ${overallFeeling(sentiment.average, d)} ` +
    `(${sentiment.average.toFixed(2)}): ${d.negative} negative, ${d.neutral} neutral and ${d.positive} positive.` +
    (top.length ? ` Raised most${felt.length ? ' with feeling' : ''}: ${top.map((t) => `${t.label} (${t.sessions.size} interviews, ${feelingWord(t.sentiment)})`).join('; ')}.` : '');

  const findings: string[] = [];
  for (const t of top) {
    const pct = Math.round((t.sessions.size / n) * 100);
    const tentative = t.sessions.size < TENTATIVE_BELOW ? ' (fewer than 5 interviews: tentative)' : '';
    findings.push(`${t.label}: raised in ${t.sessions.size} of ${n} interviews (${pct}%), ${feelingWord(t.sentiment)}${tentative}.`);
  }
  findings.push(...segmentFindings(tally, themes));
  const stages = journey.stages.filter((s) => s.turns >= 3);
  if (stages.length >= 2) {
    const low = [...stages].sort((a, b) => a.sentiment - b.sentiment)[0]!;
    const friction = low.friction[0];
    findings.push(`“${low.stage}” is the journey's low point (sentiment ${low.sentiment.toFixed(2)})${friction ? `, mostly because of ${friction.label.toLowerCase()}` : ''}.`);
  }
  const fix = support.fixes[0];
  if (fix) {
    // What the people who raised it asked for says what the fix should be, in their words.
    const asked = fix.askedFor?.quotes[0];
    const ask = asked ? ` ${fix.askedFor!.sessions === 1 ? 'One participant' : `${fix.askedFor!.sessions} participants`} asked for a change, such as “${asked.text}”` : '';
    findings.push(`First fix to make: ${fix.label.toLowerCase()} — raised negatively in ${fix.sessions} interviews.${ask}`);
  }
  return { text, keyFindings: findings.slice(0, MAX_FINDINGS) };
}

/** The largest differences in how often a theme comes up between values of one attribute, and in sentiment. */
function segmentFindings(tally: SegmentTally, themes: PresentedTheme[]): string[] {
  const candidates: { gap: number; text: string; key: string }[] = [];
  for (const [attr, values] of tally) {
    // "(none)" is not a group to compare: a finding about it would only say who lacks the attribute.
    const usable = [...values.entries()].filter(([value, v]) => value !== NO_SEGMENT && v.sessions >= MIN_SEGMENT_SESSIONS);
    if (usable.length < 2 || values.size - (values.has(NO_SEGMENT) ? 1 : 0) > MAX_SEGMENT_VALUES) continue;
    const sentiments = usable.map(([value, v]) => ({ value, score: v.sentimentSum / v.sessions })).sort((a, b) => a.score - b.score || (a.value < b.value ? -1 : 1));
    const low = sentiments[0]!;
    const high = sentiments.at(-1)!;
    if (high.score - low.score >= 0.15) {
      candidates.push({
        gap: high.score - low.score,
        key: `${attr}:sentiment`,
        text: `By ${attr}: “${low.value}” interviews are the most negative (${low.score.toFixed(2)}), “${high.value}” the most positive (${high.score.toFixed(2)}).`,
      });
    }
    for (const theme of themes.slice(0, 10)) {
      const shares = usable.map(([value, v]) => ({ value, share: (v.themes.get(theme.id) ?? 0) / v.sessions })).sort((a, b) => b.share - a.share || (a.value < b.value ? -1 : 1));
      const most = shares[0]!;
      const least = shares.at(-1)!;
      if (most.share - least.share < SHARE_GAP) continue;
      candidates.push({
        gap: most.share - least.share,
        key: `${attr}:${theme.id}`,
        text: `${theme.label} comes up in ${Math.round(most.share * 100)}% of ${attr} “${most.value}” interviews but ${Math.round(least.share * 100)}% of “${least.value}”.`,
      });
    }
  }
  return candidates
    .sort((a, b) => b.gap - a.gap || (a.key < b.key ? -1 : 1))
    .slice(0, 3)
    .map((c) => c.text);
}
