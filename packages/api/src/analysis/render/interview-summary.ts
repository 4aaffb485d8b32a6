import type { InterviewSummary, NotableSignal, QuestionCoverage } from '@parley/protocol';
import type { SessionAnalysis } from '../session-analysis.ts';
import { pickQuotes } from './quotes.ts';
import { feelingWord } from './summary.ts';
import { renderSignals } from './signals.ts';
import type { StudyModel } from '../study/study-model.ts';
import type { PresentedTheme } from './present-themes.ts';
import { roundScore } from '../study/sentiment-class.ts';

/** At most this many key quotes per interview. */
const KEY_QUOTES = 3;

/**
 * One interview at a glance, from its analysis: what happened told in the participant's own sentences (the opening
 * of their story, the pains they raised, what they asked for), its key quotes, feeling, the study themes it raised, its
 * notable signals, and how many key questions it covered. Extractive on purpose: nothing here is words they did not say.
 */
export function interviewSummary(
  model: StudyModel,
  analysis: SessionAnalysis | undefined,
  themes: { list: PresentedTheme[]; ofCluster: Map<string, string> },
  session: { id: string; studyId: string; coverage?: QuestionCoverage[] },
): InterviewSummary {
  const questions = coverageOf(session.coverage ?? []);
  const turns = (analysis?.turns ?? []).filter((t) => t.mentions.length > 0 || t.painPoints.length > 0 || t.quotes.length > 0);
  if (!analysis || turns.length === 0) {
    return { sessionId: session.id, studyId: session.studyId, analysed: false, text: 'No answers of this interview have been analysed yet.', sentiment: 0, feeling: feelingWord(0), keyQuotes: [], themes: [], signals: [], questions };
  }
  const felt = analysis.turns.filter((t) => t.sentiment !== 0);
  const sentiment = roundScore(felt.length ? felt.reduce((s, t) => s + t.sentiment, 0) / felt.length : 0);
  const members = analysis.turns.flatMap((t) => t.mentions.map((m) => ({ sessionId: analysis.sessionId, turnId: t.turnId, text: m.text, sentiment: m.sentiment, quotability: m.quotability, phrases: m.phrases, stage: t.stage })));
  const keyQuotes = pickQuotes(members, sentiment, KEY_QUOTES);
  const byTheme = new Map<string, { sum: number; n: number }>();
  analysis.turns.forEach((t) =>
    t.mentions.forEach((m) => {
      const theme = themes.ofCluster.get(m.themeId);
      if (!theme) return;
      const s = byTheme.get(theme) ?? { sum: 0, n: 0 };
      s.sum += m.sentiment;
      s.n += 1;
      byTheme.set(theme, s);
    }),
  );
  const labels = new Map(themes.list.map((t) => [t.id, t.label]));
  const signals: NotableSignal[] = renderSignals(model).filter((s) => s.quote.sessionId === analysis.sessionId);
  return {
    sessionId: session.id,
    studyId: session.studyId,
    analysed: true,
    text: story(analysis, sentiment),
    sentiment,
    feeling: feelingWord(sentiment),
    keyQuotes,
    themes: [...byTheme].map(([id, s]) => ({ id, label: labels.get(id) ?? id, sentiment: roundScore(s.sum / s.n) })),
    signals,
    questions,
  };
}

/** The story in their sentences: how it started, the main pains, and what they asked for. */
function story(analysis: SessionAnalysis, sentiment: number): string {
  const sentences = analysis.turns.flatMap((t) => t.mentions.map((m) => m.text));
  const opening = sentences[0];
  const pains = [...new Set(analysis.turns.flatMap((t) => t.painPoints))].filter((p) => p !== opening).slice(0, 2);
  const parts = [`A ${feelingWord(sentiment)} interview.`];
  if (opening) parts.push(`It starts: “${opening}”`);
  if (pains.length) parts.push(`Pain${pains.length > 1 ? 's' : ''} raised: ${pains.map((p) => `“${p}”`).join(' ')}`);
  const asked = [...new Set(analysis.turns.flatMap((t) => (t.wishes ?? []).map((w) => w.text)))].filter((w) => w !== opening && !pains.includes(w)).slice(0, 2);
  if (asked.length) parts.push(`Asked for: ${asked.map((w) => `“${w}”`).join(' ')}`);
  return parts.join(' ');
}

function coverageOf(coverage: QuestionCoverage[]): InterviewSummary['questions'] {
  const key = coverage.filter((q) => q.mandatory);
  const list = key.length ? key : coverage;
  return {
    covered: list.filter((q) => q.status === 'asked' || q.status === 'covered').length,
    total: list.length,
    notReached: list.filter((q) => q.status === 'not_reached' || q.status === 'to_come').map((q) => q.text),
  };
}
