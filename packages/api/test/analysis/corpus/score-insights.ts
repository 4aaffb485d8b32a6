/**
 * Judges a study's analysis against the corpus's ground truth the way a CX research lead reads it: through what the
 * API shows (themes with their counts and quotes, the summary, segments, signals, fixes, ask answers, personas, and the
 * export's per-turn analysis), never through the engine's internals, so any engine (offline, LLM) is scored alike.
 *
 * Definitions (every number in the report follows them):
 * - A quote *cites* a truth sentence when it is a verbatim span of the turn and overlaps the sentence by at least half
 *   of the quote or half of the sentence; its classes are the cited sentences' themes (a wish counts for the theme it
 *   asks about), topics, decoys, signals and non-answer kinds.
 * - Shown themes are `insights.themes` in API order, less those marked `tentative` (leads, not findings).
 * - A shown theme *matches* class c when more than half of its resolvable quotes cite c and, when the export lists its
 *   member turns, at least half of those turns contain a sentence of c (the best such c by the sum of both shares).
 * - A shown theme is *mixed* when its quotes include both praise and pain of planted themes, or when at least 20% of
 *   its member turns carry only praise and at least 20% only pain. Mixed themes count as wrong and match nothing.
 * - Recall: a planted pain theme is found when some shown theme (any position) matches it and is not mixed.
 * - Top-10 precision: of the first ten shown themes, those matching a planted pain or praise theme (not mixed), over
 *   the ten minus the descriptive ones (matching a contact topic such as billing or export, or the channel used: true
 *   but not findings, so neither right nor wrong). Decoys, non-answers, unmatched and mixed themes are wrong.
 * - Prevalence: per planted pain theme, the largest count among its matching themes over `sessionsAnalyzed`, against
 *   the share of delivered interviews that said it; a theme not found shows 0%. Error in percentage points.
 * - Sentiment ordering: segment sentiment (`?segmentBy=`) is ordered as the truth is (unresolved < resolved,
 *   starter < enterprise).
 * - Headline: when most interviews are negative, the average is below 0, negative interviews outnumber positive ones
 *   and no clause of the summary or key finding that names no theme calls the study positive; and never does a clause
 *   naming a pain or mixed theme call it positive (clauses split at . ; ! ?).
 * - Citations: every quote anywhere in insights, ask answers and personas names a real participant turn of the
 *   transcript (`GET /v1/sessions/:id`) and is a verbatim part of it.
 * - Ask: an unanswerable question gets an answer saying there is no evidence, with zero citations; an answerable one
 *   cites ≥ 3 interviews, ≥ 60% of the citations on its themes, none of them a non-answer.
 * - Only answers: no quote cites a non-answer (request, question back, injection, "idk"), and the export analyses
 *   every non-answer turn as empty (no themes, sentiment 0).
 */
import type { InsightTheme, Persona, Quote, StudyInsights } from '@parley/protocol';
import { PAIN_THEMES, PERSON_KINDS, PRAISE_THEMES, SIGNALS, THEMES, type Corpus, type CorpusLine, type SignalName, type ThemeId } from './support-corpus.ts';
import type { CorpusRun, ExportedTurn } from './replay-corpus.ts';

/** The parts of a run the scorer reads (a hand-built object of this shape is scored the same as a replay). */
export type RunData = Pick<CorpusRun, 'sessions' | 'segments' | 'exported' | 'asks' | 'personas' | 'personasAgain' | 'transcripts'> & {
  insights: Pick<StudyInsights, 'sessionsAnalyzed' | 'sentiment' | 'summary' | 'signals'> & {
    themes: ShownTheme[];
    support?: { fixes: Pick<StudyInsights['support']['fixes'][number], 'themeId' | 'label' | 'quote' | 'askedFor'>[] };
  };
};

/** The parts of an insights theme the scorer reads; `tentative` themes (too few interviews) are leads, not findings. */
export type ShownTheme = Pick<InsightTheme, 'id' | 'label' | 'count' | 'sentiment' | 'quotes'> & { tentative?: boolean };

/** What a shown theme turned out to be ('topic': descriptive, a contact reason or the channel). */
export type ThemeVerdict = 'pain' | 'praise' | 'topic' | 'noise' | 'mixed';

/** One shown theme, judged. */
export interface JudgedTheme {
  label: string;
  count: number;
  sentiment: number;
  /** The class it matches (a theme id, `topic:…`, `decoy:…`, `tone`, `non_answer:…`) or null. */
  matches: string | null;
  /** The class it comes closest to matching (equal to `matches` when it matches). */
  nearest: string | null;
  verdict: ThemeVerdict;
  /** Share of its quotes citing `matches` (or `nearest`). */
  quoteShare: number;
  /** Share of member turns carrying `matches` (or `nearest`); null without the export. */
  memberShare: number | null;
}

/** One bar of the issue, with the measured value. */
export interface Bar {
  id: string;
  name: string;
  pass: boolean;
  value: string;
  target: string;
}

/** Everything measured on one run. */
export interface Scorecard {
  interviews: number;
  sessionsAnalyzed: number;
  /** Answer lines never posted because the interviewer ended first (a closing "idk" left unsaid does not count). */
  undeliveredAnswers: number;
  themes: JudgedTheme[];
  recall: { found: number; total: number; perTheme: { theme: ThemeId; foundAs: string[] }[] };
  praiseRecall: { found: number; total: number };
  top10: { precision: number; right: number; counted: number; wrong: string[] };
  mixedThemes: string[];
  prevalence: { perTheme: { theme: ThemeId; truth: number; shown: number; error: number }[]; mean: number; max: number };
  themeSigns: { right: number; total: number; wrong: string[] };
  ordering: { ok: boolean; pairs: { attribute: string; low: string; high: string; shown: [number, number] | null; truth: [number, number]; ok: boolean }[] };
  headline: { mostComplain: boolean; ok: boolean; problems: string[] };
  findings: { right: number; total: number; wrong: string[] };
  citations: { total: number; resolved: number; share: number; unresolved: string[] };
  nonAnswerQuotes: string[];
  nonAnswersIgnored: { ignored: number; total: number; notIgnored: string[] } | null;
  asks: { question: string; answerable: boolean; ok: boolean; citations: number; sessions: number; onTheme: number; why: string }[];
  fixes: { top: { label: string; verdict: ThemeVerdict | 'unknown' }[]; right: number; counted: number };
  /**
   * What participants asked for, as the fixes quote it: of the wishes quoted on fixes that match a planted pain, how many
   * ask for what would fix that pain; and how many quoted sentences on any fix are not wishes at all.
   */
  askedFor: { onTopic: number; quoted: number; notWishes: number; total: number; fixesWithAsks: number; fixes: number; wrong: string[] };
  personas: {
    count: number;
    /** Each persona's most common planted kind of person and its share of the persona's interviews. */
    kinds: { name: string; kind: string; purity: number; size: number }[];
    /** Whether every planted kind leads a persona of its own, and every persona is mostly one kind (≥ 75%). */
    recovered: boolean;
    badGoals: string[];
    badLines: string[];
    sameOnReask: boolean;
    sameOnRerun: boolean | null;
  };
  /** Themes (label, count, sentiment) of a second identical run against the first; null without one. */
  rerunFindings: 'same' | 'same up to tie order' | 'differ' | null;
  signals: { found: number; total: number; perSignal: { signal: SignalName; found: boolean; kinds: string[] }[]; falsePositives: string[] };
  tricky: { right: number; total: number; wrong: string[] } | null;
  bars: Bar[];
}

// Ways of saying "the interviews don't speak to this"; with zero citations any of them is a "no evidence" answer.
const NO_EVIDENCE = /\b(?:don['’]t answer|do not answer|no evidence|no participants?\b|nobody|no one|none of the (?:\d+ )?(?:interviews|participants|customers)|not mentioned|(?:isn['’]t|is not|wasn['’]t|was not|never) (?:mentioned|discussed|raised)|no interviews? (?:mentions?|speaks?|talks?)|no mention|didn['’]t come up|does not come up|doesn['’]t come up)/i;
// An answer that opens by denying evidence (the words of a summary, such as "nobody followed up", do not count).
const DENIES_EVIDENCE = /^\s*(?:the interviews don['’]t answer|the interviews do not answer|none of the|no participant|no interview|there is no evidence)/i;
const CLAIMS_EVIDENCE = /\b\d+ of \d+ interviews? speak/i;
const POSITIVE_OVERALL = /\b(?:mostly|largely|overwhelmingly|generally|clearly|broadly|very|overall|predominantly)\s+positive\b|\bpositive (?:overall|on the whole)\b/i;
// Goals that are a request to the interviewer, a closing line or a non-answer, however a persona builder words them.
const REQUEST_OR_FILLER = /\b(?:stop|skip|quit|end (?:this|the interview)|next question|what do you mean|are you a bot|an ai\b|real person|ignore (?:all |previous |prior )|instructions?|that['’]?s all|idk|i don['’]?t know|not sure|no idea|nothing else|don['’]t follow)\b/i;

/** Scores one run (and, if given, a second identical run for persona stability) against the corpus truth. */
export function scoreRun(corpus: Corpus, run: RunData, rerun?: RunData): Scorecard {
  const book = truthBook(corpus, run);
  const membership = themeMembership(run);
  const findings = run.insights.themes.filter((t) => !t.tentative);
  const themes = findings.map((t) => judgeTheme(t, book, membership.get(t.label)));
  const byId = new Map(findings.map((t, i) => [t.id, themes[i]!]));

  // Recall and precision.
  const foundAs = (id: ThemeId) => themes.filter((t) => t.matches === id && t.verdict !== 'mixed').map((t) => t.label);
  const perTheme = PAIN_THEMES.map((theme) => ({ theme, foundAs: foundAs(theme) }));
  const top = themes.slice(0, 10);
  const right = top.filter((t) => t.verdict === 'pain' || t.verdict === 'praise');
  const counted = top.filter((t) => t.verdict !== 'topic').length;

  // Prevalence, per interview.
  const delivered = book.interviews;
  const truthShare = (id: ThemeId) => delivered.filter((d) => d.themes.has(id)).length / Math.max(1, delivered.length);
  const analysed = Math.max(1, run.insights.sessionsAnalyzed);
  const prevalence = PAIN_THEMES.map((theme) => {
    const counts = themes.filter((t) => t.matches === theme && t.verdict !== 'mixed').map((t) => t.count);
    const shown = counts.length ? Math.max(...counts) / analysed : 0;
    const truth = truthShare(theme);
    return { theme, truth: pct(truth), shown: pct(shown), error: Math.round(Math.abs(shown - truth) * 1000) / 10 };
  });
  const errors = prevalence.map((p) => p.error);

  // Theme sentiment signs.
  const signed = themes.filter((t) => t.verdict === 'pain' || t.verdict === 'praise');
  const wrongSign = signed.filter((t) => (t.verdict === 'pain' ? t.sentiment >= 0 : t.sentiment <= 0));

  // Segment ordering: the truth decides which value is lower.
  const pairs = (
    [
      ['outcome', 'unresolved', 'resolved'],
      ['plan', 'starter', 'enterprise'],
    ] as const
  ).map(([attribute, low, high]) => {
    const mean = (value: string) => average(delivered.filter((d) => d.attributes[attribute] === value).map((d) => d.sentiment));
    const seg = run.segments[attribute] ?? {};
    const shown: [number, number] | null = seg[low] && seg[high] ? [seg[low]!.sentiment, seg[high]!.sentiment] : null;
    const truth: [number, number] = [round3(mean(low)), round3(mean(high))];
    return { attribute, low, high, shown, truth, ok: !!shown && Math.sign(shown[1] - shown[0]) === Math.sign(truth[1] - truth[0]) && shown[1] !== shown[0] };
  });

  // Headline and key findings.
  const mostComplain = delivered.filter((d) => d.label === 'negative').length > delivered.length / 2;
  const problems: string[] = [];
  const { sentiment, summary } = run.insights;
  const labels = run.insights.themes.map((t) => t.label);
  // A clause naming a theme speaks of that theme; one naming none speaks of the study as a whole.
  const claimProblem = (clause: string, where: string): string | null => {
    const theme = themeNamedIn(clause, labels);
    if (!theme) return mostComplain && POSITIVE_OVERALL.test(clause) ? `${where} calls the study positive: “${clause}”` : null;
    const judged = themes.find((t) => t.label === theme);
    return judged && (judged.verdict === 'pain' || judged.verdict === 'mixed') && statedPolarity(clause) === 'positive' ? `${where} calls “${theme}” (${judged.verdict}) positive: “${clause}”` : null;
  };
  if (mostComplain) {
    if (!(sentiment.average < 0)) problems.push(`average sentiment ${sentiment.average} is not negative`);
    if (!(sentiment.distribution.negative > sentiment.distribution.positive)) problems.push(`${sentiment.distribution.negative} negative vs ${sentiment.distribution.positive} positive interviews`);
  }
  for (const clause of summary.text.split(/(?<=[.;!?])\s+/)) {
    const problem = claimProblem(clause, 'summary');
    if (problem) problems.push(problem);
  }
  const findingsWrong: string[] = [];
  let findingsRight = 0;
  let findingsTotal = 0;
  for (const finding of summary.keyFindings) {
    const problem = claimProblem(finding, 'key finding');
    if (problem) problems.push(problem);
    const theme = themeNamedIn(finding, labels);
    const judged = theme ? themes.find((t) => t.label === theme) : undefined;
    const stated = statedPolarity(finding);
    if (!judged || !stated || (judged.verdict !== 'pain' && judged.verdict !== 'praise')) continue;
    findingsTotal += 1;
    if ((judged.verdict === 'pain') === (stated === 'negative') && (judged.verdict === 'praise') === (stated === 'positive')) findingsRight += 1;
    else findingsWrong.push(finding);
  }

  // Citations everywhere.
  const quotes: { where: string; quote: Quote }[] = [
    ...allQuotes(run.insights).map((quote) => ({ where: 'insights', quote })),
    ...run.asks.flatMap((a) => a.citations.map((quote) => ({ where: `ask “${a.question}”`, quote }))),
    ...run.personas.map((p) => ({ where: `persona ${p.name}`, quote: { ...p.quoteSource, text: p.quote } })),
  ];
  const unresolved = quotes.filter((q) => !resolves(q.quote, run.transcripts)).map((q) => `${q.where}: ${q.quote.sessionId}/${q.quote.turnId} “${q.quote.text}”`);
  const nonAnswerQuotes = quotes.filter((q) => [...book.classesOfQuote(q.quote)].some((c) => c.startsWith('non_answer:'))).map((q) => `${q.where}: “${q.quote.text}”`);

  // Non-answer turns in the export.
  let nonAnswersIgnored: Scorecard['nonAnswersIgnored'] = null;
  if (run.exported) {
    const turns = exportedTurns(run.exported);
    const targets = book.turns.filter((t) => t.line.kind !== 'answer');
    const notIgnored = targets.filter((t) => {
      const a = turns.get(t.key)?.analysis;
      return a && (a.themes.length > 0 || a.sentiment !== 0);
    });
    nonAnswersIgnored = { ignored: targets.length - notIgnored.length, total: targets.length, notIgnored: notIgnored.map((t) => `“${t.line.text}” → ${JSON.stringify(turns.get(t.key)?.analysis)}`) };
  }

  // Tricky sentences, each sent alone.
  let tricky: Scorecard['tricky'] = null;
  if (run.exported) {
    const turns = exportedTurns(run.exported);
    const targets = book.turns.filter((t) => t.line.sentences.length === 1 && t.line.sentences[0]!.expect);
    const wrong = targets.filter((t) => {
      const s = turns.get(t.key)?.analysis?.sentiment;
      const expect = t.line.sentences[0]!.expect!;
      return s === undefined || (expect === 'negative' ? !(s < 0) : expect === 'positive' ? !(s > 0) : !(s <= 0.1));
    });
    tricky = { right: targets.length - wrong.length, total: targets.length, wrong: wrong.map((t) => `“${t.line.text}” (${t.line.sentences[0]!.expect}) read ${turns.get(t.key)?.analysis?.sentiment}`) };
  }

  // Ask.
  const asks = run.asks.map((a) => {
    const sessions = new Set(a.citations.map((c) => c.sessionId)).size;
    const wanted = new Set(a.themes ?? []);
    const onTheme = a.citations.filter((c) => [...book.classesOfQuote(c)].some((k) => wanted.has(k))).length;
    const bad = a.citations.filter((c) => !resolves(c, run.transcripts) || [...book.classesOfQuote(c)].some((k) => k.startsWith('non_answer:'))).length;
    let ok: boolean;
    let why: string;
    if (!a.answerable) {
      ok = a.citations.length === 0 && NO_EVIDENCE.test(a.answer) && !CLAIMS_EVIDENCE.test(a.answer);
      why = ok ? 'says there is no evidence' : `${a.citations.length} citations; answer: “${a.answer.split('\n')[0]!.slice(0, 140)}”`;
    } else {
      const share = a.citations.length ? onTheme / a.citations.length : 0;
      ok = sessions >= 3 && share >= 0.6 && bad === 0 && !DENIES_EVIDENCE.test(a.answer);
      why = `${a.citations.length} citations from ${sessions} interviews, ${onTheme} on its themes, ${bad} unresolved or non-answers`;
    }
    return { question: a.question, answerable: a.answerable, ok, citations: a.citations.length, sessions, onTheme, why };
  });

  // Fixes.
  const fixes = (run.insights.support?.fixes ?? []).slice(0, 3).map((f) => ({ label: f.label, verdict: (byId.get(f.themeId)?.verdict ?? 'unknown') as ThemeVerdict | 'unknown' }));
  const fixesCounted = fixes.filter((f) => f.verdict !== 'topic').length;
  const fixesRight = fixes.filter((f) => f.verdict === 'pain').length;
  const askedFor = { onTopic: 0, quoted: 0, notWishes: 0, total: 0, fixesWithAsks: 0, fixes: 0, wrong: [] as string[] };
  for (const f of run.insights.support?.fixes ?? []) {
    const judged = byId.get(f.themeId);
    const quotes = f.askedFor?.quotes ?? [];
    askedFor.fixes += 1;
    if (quotes.length) askedFor.fixesWithAsks += 1;
    for (const q of quotes) {
      const said = book.sentencesOfQuote(q);
      askedFor.total += 1;
      if (!said.some((x) => x.kind === 'wish')) {
        askedFor.notWishes += 1;
        askedFor.wrong.push(`${f.label}: “${q.text}” (not a wish)`);
        continue;
      }
      if (judged?.verdict !== 'pain') continue;
      askedFor.quoted += 1;
      if (said.some((x) => x.kind === 'wish' && x.about === judged.matches)) askedFor.onTopic += 1;
      else askedFor.wrong.push(`${f.label} (${judged.matches}): “${q.text}” (about ${said.find((x) => x.kind === 'wish')?.about})`);
    }
  }

  // Personas.
  const nonAnswerTexts = corpus.interviews.flatMap((iv) => iv.lines.filter((l) => l.kind !== 'answer').map((l) => normal(l.text)));
  const isBad = (text: string) => REQUEST_OR_FILLER.test(text) || nonAnswerTexts.some((n) => n.length > 2 && normal(text).includes(n)) || normal(text).split(' ').filter((w) => w.length > 2).length < 2;
  const badGoals = run.personas.flatMap((p) => p.goals.filter(isBad).map((g) => `${p.name}: goal “${g}”`));
  const badLines = run.personas.flatMap((p) => [...p.frustrations, ...p.behaviors].filter((x) => REQUEST_OR_FILLER.test(x)).map((x) => `${p.name}: “${x}”`));
  const kindOf = new Map(run.sessions.map((s) => [s.sessionId, corpus.interviews[s.interview]!.person]));
  const kinds = run.personas.map((p) => {
    const tally = new Map<string, number>();
    for (const id of p.sessionIds) tally.set(kindOf.get(id) ?? 'unknown', (tally.get(kindOf.get(id) ?? 'unknown') ?? 0) + 1);
    const [kind, n] = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['none', 0];
    return { name: p.name, kind, purity: p.sessionIds.length ? round3(n / p.sessionIds.length) : 0, size: p.sessionIds.length };
  });
  const recovered = kinds.length >= 2 && kinds.every((k) => k.purity >= 0.75) && PERSON_KINDS.every((kind) => kinds.some((k) => k.kind === kind));
  const sameOnReask = JSON.stringify(run.personas) === JSON.stringify(run.personasAgain);
  const sameOnRerun = rerun ? JSON.stringify(canonicalPersonas(run)) === JSON.stringify(canonicalPersonas(rerun)) : null;
  const findingsOf = (r: RunData) => r.insights.themes.map((t) => `${t.label}:${t.count}:${t.sentiment}`);
  const rerunFindings = !rerun
    ? null
    : JSON.stringify(findingsOf(run)) === JSON.stringify(findingsOf(rerun))
      ? 'same'
      : JSON.stringify(findingsOf(run).sort()) === JSON.stringify(findingsOf(rerun).sort())
        ? 'same up to tie order'
        : 'differ';

  // Signals.
  const perSignal = (['churn', 'legal', 'security'] as const)
    .filter((name) => book.turns.some((t) => t.line.sentences.some((s) => s.signal === name)))
    .map((signal) => {
      const hits = run.insights.signals.filter((s) => book.classesOfQuote(s.quote).has(`signal:${signal}`) && (SIGNALS[signal].kinds as readonly string[]).includes(s.kind));
      return { signal, found: hits.length > 0, kinds: hits.map((h) => h.kind) };
    });
  const falsePositives = run.insights.signals
    .filter((s) => ![...book.classesOfQuote(s.quote)].some((c) => c.startsWith('signal:') && c !== 'signal:denial'))
    .map((s) => `${s.kind}: “${s.quote.text}”`);

  const card: Omit<Scorecard, 'bars'> = {
    interviews: delivered.length,
    sessionsAnalyzed: run.insights.sessionsAnalyzed,
    undeliveredAnswers: run.sessions.reduce((n, s) => n + corpus.interviews[s.interview]!.lines.slice(s.lines.length).filter((l) => l.kind === 'answer').length, 0),
    themes,
    recall: { found: perTheme.filter((p) => p.foundAs.length).length, total: PAIN_THEMES.length, perTheme },
    praiseRecall: { found: PRAISE_THEMES.filter((id) => foundAs(id).length).length, total: PRAISE_THEMES.length },
    top10: { precision: counted ? right.length / counted : 0, right: right.length, counted, wrong: top.filter((t) => t.verdict === 'noise' || t.verdict === 'mixed').map((t) => `${t.label} (${t.verdict}${t.matches ? `: ${t.matches}` : ''})`) },
    mixedThemes: themes.filter((t) => t.verdict === 'mixed').map((t) => t.label),
    prevalence: { perTheme: prevalence, mean: Math.round(average(errors) * 10) / 10, max: Math.max(...errors) },
    themeSigns: { right: signed.length - wrongSign.length, total: signed.length, wrong: wrongSign.map((t) => `${t.label} (${t.verdict}, ${t.sentiment})`) },
    ordering: { ok: pairs.every((p) => p.ok), pairs },
    headline: { mostComplain, ok: problems.length === 0, problems },
    findings: { right: findingsRight, total: findingsTotal, wrong: findingsWrong },
    citations: { total: quotes.length, resolved: quotes.length - unresolved.length, share: quotes.length ? (quotes.length - unresolved.length) / quotes.length : 1, unresolved },
    nonAnswerQuotes,
    nonAnswersIgnored,
    asks,
    fixes: { top: fixes, right: fixesRight, counted: fixesCounted },
    askedFor,
    personas: { count: run.personas.length, kinds, recovered, badGoals, badLines, sameOnReask, sameOnRerun },
    rerunFindings,
    signals: { found: perSignal.filter((s) => s.found).length, total: perSignal.length, perSignal, falsePositives },
    tricky,
  };
  return { ...card, bars: bars(card) };
}

/** The issue's "what must be true" bars over a scorecard. */
function bars(c: Omit<Scorecard, 'bars'>): Bar[] {
  const unanswerable = c.asks.filter((a) => !a.answerable);
  const answerable = c.asks.filter((a) => a.answerable);
  const list: Bar[] = [
    { id: 'recall', name: 'planted pain themes found', pass: c.recall.found === c.recall.total, value: `${c.recall.found}/${c.recall.total}`, target: `${c.recall.total}/${c.recall.total}` },
    { id: 'precision', name: 'top-10 theme precision', pass: c.top10.precision >= 0.8, value: c.top10.precision.toFixed(2), target: '≥ 0.80' },
    { id: 'prevalence', name: 'prevalence error, worst planted theme', pass: c.prevalence.max <= 10, value: `${c.prevalence.max} pts (mean ${c.prevalence.mean})`, target: '≤ 10 pts' },
    { id: 'mixed', name: 'themes mixing praise and pain', pass: c.mixedThemes.length === 0, value: String(c.mixedThemes.length), target: '0' },
    { id: 'ordering', name: 'segment sentiment ordering (outcome, plan)', pass: c.ordering.ok, value: c.ordering.pairs.map((p) => `${p.low}<${p.high} ${p.ok ? 'yes' : 'no'}`).join(', '), target: 'both right' },
    { id: 'headline', name: 'a study where most complain is not summarised as positive', pass: c.headline.ok, value: c.headline.ok ? 'ok' : `${c.headline.problems.length} problems`, target: 'ok' },
    { id: 'citations', name: 'citations resolve to a verbatim participant turn', pass: c.citations.share === 1, value: `${Math.round(c.citations.share * 1000) / 10}% of ${c.citations.total}`, target: '100%' },
    { id: 'no-evidence', name: 'unanswerable questions: "no evidence", zero citations', pass: unanswerable.every((a) => a.ok), value: `${unanswerable.filter((a) => a.ok).length}/${unanswerable.length}`, target: `${unanswerable.length}/${unanswerable.length}` },
    { id: 'answerable', name: 'answerable questions cite ≥ 3 interviews, ≥ 60% on topic', pass: answerable.every((a) => a.ok), value: `${answerable.filter((a) => a.ok).length}/${answerable.length}`, target: `${answerable.length}/${answerable.length}` },
    { id: 'only-answers', name: 'requests, questions back, injections never quoted or analysed', pass: c.nonAnswerQuotes.length === 0 && (!c.nonAnswersIgnored || c.nonAnswersIgnored.ignored === c.nonAnswersIgnored.total), value: `${c.nonAnswerQuotes.length} quoted; ${c.nonAnswersIgnored ? `${c.nonAnswersIgnored.ignored}/${c.nonAnswersIgnored.total} ignored` : 'no export'}`, target: '0 quoted; all ignored' },
    { id: 'tricky', name: 'negation, contrast and hedges read with the right sign', pass: !!c.tricky && c.tricky.right >= 0.9 * c.tricky.total, value: c.tricky ? `${c.tricky.right}/${c.tricky.total}` : 'no export', target: '≥ 90%' },
    { id: 'signals', name: 'single-interview signals surfaced with their quote', pass: c.signals.found === c.signals.total && !c.signals.falsePositives.some((f) => /cancel over this/.test(f)), value: `${c.signals.found}/${c.signals.total}${c.signals.falsePositives.length ? ` (+${c.signals.falsePositives.length} unplanted)` : ''}`, target: `${c.signals.total}/${c.signals.total}, denial not surfaced` },
    { id: 'fixes', name: 'top-3 fixes address planted pains', pass: c.fixes.counted > 0 && c.fixes.right === c.fixes.counted, value: `${c.fixes.right}/${c.fixes.counted}`, target: 'all' },
    { id: 'personas-present', name: 'personas recover the planted kinds of people', pass: c.personas.recovered, value: c.personas.count ? c.personas.kinds.map((k) => `${k.kind} ${Math.round(k.purity * 100)}% of ${k.size}`).join(', ') : '0 personas', target: `≥ 2, each ≥ 75% one kind, all ${PERSON_KINDS.length} kinds` },
    { id: 'personas-clean', name: 'no persona goal is a request or filler', pass: c.personas.badGoals.length === 0, value: String(c.personas.badGoals.length), target: '0' },
    { id: 'personas-stable', name: 'same data, same personas (re-ask and second run)', pass: c.personas.sameOnReask && c.personas.sameOnRerun !== false, value: `re-ask ${c.personas.sameOnReask ? 'same' : 'differs'}, rerun ${c.personas.sameOnRerun === null ? 'not run' : c.personas.sameOnRerun ? 'same' : 'differs'}`, target: 'same' },
  ];
  return list;
}

/** One delivered participant turn with its truth. */
interface TruthTurn {
  key: string;
  line: CorpusLine;
}

/** The ground truth reachable from what the API returns: turns by session and turn id, and delivered interviews. */
function truthBook(corpus: Corpus, run: RunData) {
  const turns: TruthTurn[] = [];
  const byKey = new Map<string, CorpusLine>();
  const interviews = run.sessions
    .filter((s) => s.lines.some((l) => l.line.kind === 'answer'))
    .map((s) => {
      const iv = corpus.interviews[s.interview]!;
      const answers = s.lines.filter((l) => l.line.kind === 'answer').flatMap((l) => l.line.sentences);
      const themes = new Set(answers.flatMap((x) => x.themes));
      return { ...iv.truth, themes, attributes: iv.attributes as Record<string, string>, label: iv.truth.label, sentiment: iv.truth.sentiment };
    });
  for (const s of run.sessions) {
    for (const { turnId, line } of s.lines) {
      const key = `${s.sessionId}/${turnId}`;
      turns.push({ key, line });
      byKey.set(key, line);
    }
  }
  const cited = (line: CorpusLine, from: number, to: number) => {
    const out: CorpusLine['sentences'] = [];
    let at = 0;
    for (const s of line.sentences) {
      const start = at;
      const end = at + s.text.length;
      at = end + 1;
      const overlap = Math.min(end, to) - Math.max(start, from);
      if (overlap <= 0 || (overlap < 0.5 * (to - from) && overlap < 0.5 * s.text.length)) continue;
      out.push(s);
    }
    return out;
  };
  const classesOf = (line: CorpusLine, from: number, to: number) => new Set(cited(line, from, to).flatMap(sentenceClasses));
  return {
    turns,
    interviews,
    classesOfQuote(q: Pick<Quote, 'sessionId' | 'turnId' | 'text'>): Set<string> {
      const line = byKey.get(`${q.sessionId}/${q.turnId}`);
      const at = line && q.text ? line.text.indexOf(q.text) : -1;
      return line && at >= 0 ? classesOf(line, at, at + q.text.length) : new Set();
    },
    /** The truth sentences a quote cites. */
    sentencesOfQuote(q: Pick<Quote, 'sessionId' | 'turnId' | 'text'>): CorpusLine['sentences'] {
      const line = byKey.get(`${q.sessionId}/${q.turnId}`);
      const at = line && q.text ? line.text.indexOf(q.text) : -1;
      return line && at >= 0 ? cited(line, at, at + q.text.length) : [];
    },
    classesOfTurn(key: string): Set<string> {
      const line = byKey.get(key);
      return line ? classesOf(line, 0, line.text.length) : new Set();
    },
  };
}
type TruthBook = ReturnType<typeof truthBook>;

function sentenceClasses(s: CorpusLine['sentences'][number]): string[] {
  const out: string[] = [...s.themes];
  if (s.about) out.push(s.about);
  if (s.topic) out.push(`topic:${s.topic}`);
  if (s.decoy) out.push(`decoy:${s.decoy}`);
  if (s.signal) out.push(`signal:${s.signal}`);
  if (s.nonAnswer) out.push(`non_answer:${s.nonAnswer}`);
  if (s.kind === 'tone' && !s.themes.length) out.push('tone');
  if (s.kind === 'channel') out.push('channel');
  if (s.person) out.push(`person:${s.person}`);
  return out;
}

/** Shown theme label → its member turns (`sessionId/turnId`), from the export's per-turn analysis. */
function themeMembership(run: RunData): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const s of run.exported ?? []) {
    for (const t of s.turns) {
      for (const label of t.analysis?.themes ?? []) {
        if (!out.has(label)) out.set(label, new Set());
        out.get(label)!.add(`${s.id}/${t.id}`);
      }
    }
  }
  return out;
}

function judgeTheme(theme: ShownTheme, book: TruthBook, members: Set<string> | undefined): JudgedTheme {
  const quoteClasses = theme.quotes.map((q) => book.classesOfQuote(q));
  const memberClasses = [...(members ?? [])].map((key) => book.classesOfTurn(key));
  const tally = (list: Set<string>[]) => {
    const m = new Map<string, number>();
    for (const set of list) for (const c of set) m.set(c, (m.get(c) ?? 0) + 1);
    return m;
  };
  const q = tally(quoteClasses);
  const m = tally(memberClasses);
  // The nearest class is reported even when it falls short, so a near miss reads as one.
  type Candidate = { c: string; qs: number; ms: number | null };
  let best = null as Candidate | null;
  let nearest = null as Candidate | null;
  for (const c of [...new Set([...q.keys(), ...m.keys()])].sort()) {
    const qs = quoteClasses.length ? (q.get(c) ?? 0) / quoteClasses.length : 0;
    const ms = memberClasses.length ? (m.get(c) ?? 0) / memberClasses.length : null;
    const score = (x: { qs: number; ms: number | null }) => x.qs + (x.ms ?? x.qs);
    if (!nearest || score({ qs, ms }) > score(nearest)) nearest = { c, qs, ms };
    if (!(qs > 0.5) || (ms !== null && ms < 0.5)) continue;
    if (!best || score({ qs, ms }) > score(best)) best = { c, qs, ms };
  }
  const isPain = (c: string) => (PAIN_THEMES as string[]).includes(c);
  const isPraise = (c: string) => (PRAISE_THEMES as string[]).includes(c);
  const themed = (set: Set<string>) => [...set].filter((c) => THEMES.some((t) => t.id === c));
  const quotedPain = quoteClasses.some((s) => themed(s).some(isPain));
  const quotedPraise = quoteClasses.some((s) => themed(s).some(isPraise));
  const onlyPraise = memberClasses.filter((s) => themed(s).some(isPraise) && !themed(s).some(isPain)).length;
  const onlyPain = memberClasses.filter((s) => themed(s).some(isPain) && !themed(s).some(isPraise)).length;
  const mixed = (quotedPain && quotedPraise) || (memberClasses.length > 0 && onlyPraise >= 0.2 * memberClasses.length && onlyPain >= 0.2 * memberClasses.length);
  // What people say about who they are describes them; a theme of it is descriptive, not a finding.
  const descriptive = (c: string) => c.startsWith('topic:') || c === 'channel' || c.startsWith('person:');
  const verdict: ThemeVerdict = mixed ? 'mixed' : !best ? 'noise' : isPain(best.c) ? 'pain' : isPraise(best.c) ? 'praise' : descriptive(best.c) ? 'topic' : 'noise';
  return {
    label: theme.label,
    count: theme.count,
    sentiment: theme.sentiment,
    matches: best?.c ?? null,
    nearest: nearest?.c ?? null,
    verdict,
    quoteShare: nearest ? round3((best ?? nearest).qs) : 0,
    memberShare: nearest && (best ?? nearest).ms !== null ? round3((best ?? nearest).ms!) : null,
  };
}

function exportedTurns(exported: NonNullable<RunData['exported']>): Map<string, ExportedTurn> {
  return new Map(exported.flatMap((s) => s.turns.map((t): [string, ExportedTurn] => [`${s.id}/${t.id}`, t])));
}

function resolves(q: Pick<Quote, 'sessionId' | 'turnId' | 'text'>, transcripts: RunData['transcripts']): boolean {
  const turn = transcripts[q.sessionId]?.find((t) => t.id === q.turnId);
  return !!turn && turn.role === 'participant' && q.text.trim().length > 0 && turn.text.includes(q.text);
}

/** Every quote-shaped object ({sessionId, turnId, text}) anywhere in a JSON value. */
export function allQuotes(value: unknown): Quote[] {
  const out: Quote[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.sessionId === 'string' && typeof o.turnId === 'string' && typeof o.text === 'string') out.push({ sessionId: o.sessionId, turnId: o.turnId, text: o.text });
      Object.values(o).forEach(walk);
    }
  };
  walk(value);
  return out;
}

/** The label a key finding is about: the longest shown label it names (labels are names, so case matters). */
function themeNamedIn(finding: string, labels: string[]): string | undefined {
  return labels.filter((l) => l.length > 2 && new RegExp(`(?:^|[\\s“"'(])${escape(l)}(?:$|[\\s”"':,.)])`).test(finding)).sort((a, b) => b.length - a.length)[0];
}

function statedPolarity(finding: string): 'positive' | 'negative' | 'mixed' | null {
  if (/mixed or neutral|\bmixed\b|\bneutral\b/i.test(finding)) return 'mixed';
  if (/\bpositive\b|\bpraised?\b/i.test(finding)) return 'positive';
  if (/\bnegative\b|\bcomplain/i.test(finding)) return 'negative';
  return null;
}

/** Personas with session ids replaced by the corpus interview they ran, so two runs with different ids compare. */
function canonicalPersonas(run: RunData): unknown {
  const index = new Map(run.sessions.map((s) => [s.sessionId, s.interview]));
  return run.personas.map((p: Persona) => ({
    ...p,
    quoteSource: { interview: index.get(p.quoteSource.sessionId) ?? -1, turnId: p.quoteSource.turnId },
    sessionIds: p.sessionIds.map((id) => index.get(id) ?? -1).sort((a, b) => a - b),
  }));
}

function normal(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function average(list: number[]): number {
  return list.length ? list.reduce((a, b) => a + b, 0) / list.length : 0;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function pct(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** The scorecard as a few lines of text, for the bench and for failing bars. */
export function formatScorecard(card: Scorecard): string {
  const lines = [
    `interviews ${card.interviews}, analysed ${card.sessionsAnalyzed}, undelivered answers ${card.undeliveredAnswers}`,
    ...card.bars.map((b) => `${b.pass ? 'PASS' : 'FAIL'}  ${b.name.padEnd(62)} ${b.value.padEnd(28)} (${b.target})`),
    'themes shown (top 10):',
    ...card.themes.slice(0, 10).map((t, i) => `  ${String(i + 1).padStart(2)}. ${t.label.padEnd(32)} ${String(t.count).padStart(3)}  ${t.sentiment.toFixed(2).padStart(5)}  ${t.verdict}${t.matches ? ` → ${t.matches}` : t.nearest ? ` (nearest ${t.nearest})` : ''} (quotes ${Math.round(t.quoteShare * 100)}%${t.memberShare === null ? '' : `, members ${Math.round(t.memberShare * 100)}%`})`),
    'prevalence (truth → shown):',
    ...card.prevalence.perTheme.map((p) => `  ${p.theme.padEnd(18)} ${String(p.truth).padStart(5)}% → ${String(p.shown).padStart(5)}%  (${p.error} pts)`),
    `ordering: ${card.ordering.pairs.map((p) => `${p.attribute} ${p.low} ${p.shown?.[0]} vs ${p.high} ${p.shown?.[1]} (truth ${p.truth[0]} vs ${p.truth[1]})`).join('; ')}`,
    ...card.headline.problems.map((p) => `headline: ${p}`),
    ...card.asks.map((a) => `ask ${a.ok ? 'ok ' : 'BAD'} “${a.question}”: ${a.why}`),
    `fixes: ${card.fixes.top.map((f) => `${f.label} (${f.verdict})`).join(', ')}`,
    `asked for, on fixes: ${card.askedFor.onTopic}/${card.askedFor.quoted} wishes about the fix's pain; ${card.askedFor.notWishes}/${card.askedFor.total} quoted sentences not wishes; ${card.askedFor.fixesWithAsks}/${card.askedFor.fixes} fixes with asks${card.askedFor.wrong.length ? `\n    ${card.askedFor.wrong.join('\n    ')}` : ''}`,
    `signals: ${card.signals.perSignal.map((s) => `${s.signal} ${s.found ? 'found' : 'missing'}`).join(', ')}${card.signals.falsePositives.length ? `; unplanted: ${card.signals.falsePositives.join(' | ')}` : ''}`,
    `personas: ${card.personas.count} (${card.personas.kinds.map((k) => `${k.name}: ${k.kind} ${Math.round(k.purity * 100)}% of ${k.size}`).join('; ')}); bad goals: ${card.personas.badGoals.join(' | ') || 'none'}; findings on rerun: ${card.rerunFindings ?? 'not run'}`,
    ...(card.tricky?.wrong ?? []).map((w) => `tricky: ${w}`),
    ...card.nonAnswerQuotes.slice(0, 5).map((q) => `quoted non-answer: ${q}`),
    ...(card.nonAnswersIgnored?.notIgnored ?? []).slice(0, 5).map((q) => `analysed non-answer: ${q}`),
    ...card.citations.unresolved.slice(0, 5).map((q) => `unresolved citation: ${q}`),
  ];
  return lines.join('\n');
}
