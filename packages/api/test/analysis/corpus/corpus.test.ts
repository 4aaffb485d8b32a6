import { describe, expect, it } from 'vitest';
import type { Persona, Quote } from '@parley/protocol';
import { CORPUS_QUESTIONS, type DeliveredSession } from './replay-corpus.ts';
import { scoreRun, type RunData } from './score-insights.ts';
import { NON_ANSWERS, PAIN_THEMES, PERSON_KINDS, SIGNALS, THEMES, TRICKY, buildSupportCorpus, themeRates, type Corpus, type CorpusLine, type PersonKindId, type ThemeId } from './support-corpus.ts';

// The corpus and its scorer are test equipment: these check that the truth is what it claims and that the scorer tells
// a faithful analysis from a keyword counter. The bars themselves (against the real API) are in analysis-quality.bars.ts.

const corpus = buildSupportCorpus();
const answers = (c: Corpus) => c.interviews.flatMap((iv) => iv.lines.filter((l) => l.kind === 'answer').flatMap((l) => l.sentences));

describe('the support corpus', () => {
  it('plants each theme at its stated rate, exactly', () => {
    expect(corpus.interviews).toHaveLength(48);
    const count = (id: ThemeId) => corpus.interviews.filter((iv) => iv.truth.themes.includes(id)).length;
    expect(Object.fromEntries(THEMES.map((t) => [t.id, count(t.id)]))).toEqual({
      closed_unfixed: 38,
      no_followup: 29,
      repeat: 19,
      slow_first_reply: 14,
      not_understood: 12,
      friendly_agent: 17,
      fixed_properly: 10,
    });
    const rates = themeRates(corpus.interviews);
    expect(rates.closed_unfixed).toBeCloseTo(0.79, 2);
    expect(rates.no_followup).toBeCloseTo(0.6, 1);
    // Truth comes from the sentences: an interview carries a theme exactly when one of its answers says it.
    for (const iv of corpus.interviews) {
      const said = new Set(iv.lines.filter((l) => l.kind === 'answer').flatMap((l) => l.sentences.flatMap((s) => s.themes)));
      expect([...said].sort()).toEqual(iv.truth.themes);
      expect(iv.attributes.outcome === 'unresolved').toBe(said.has('closed_unfixed'));
    }
  });

  it('is the same for a seed and different for another', () => {
    expect(buildSupportCorpus()).toEqual(corpus);
    const other = buildSupportCorpus({ seed: 2024, count: 60 });
    expect(other.interviews).toHaveLength(60);
    expect(other.interviews.map((iv) => iv.lines.map((l) => l.text))).not.toEqual(corpus.interviews.map((iv) => iv.lines.map((l) => l.text)));
  });

  it('says every theme in many ways, some without any support vocabulary', () => {
    const sentences = answers(corpus);
    for (const theme of THEMES) {
      const distinct = new Set(sentences.filter((s) => s.themes.includes(theme.id) && s.kind === 'theme').map((s) => s.text));
      expect(distinct.size, theme.id).toBeGreaterThanOrEqual(Math.min(8, corpus.interviews.filter((iv) => iv.truth.themes.includes(theme.id)).length));
      expect(theme.phrasings.length, theme.id).toBeGreaterThanOrEqual(12);
    }
    const bare = THEMES.find((t) => t.id === 'no_followup')!.phrasings.filter((p) => !/follow|support|ticket|agent|update|response|reply/i.test(p));
    expect(bare.length).toBeGreaterThanOrEqual(5);
  });

  it('plants segment and outcome differences a reader would see, in a study where most people complain', () => {
    const mean = (f: (iv: Corpus['interviews'][number]) => boolean) => {
      const list = corpus.interviews.filter(f).map((iv) => iv.truth.sentiment);
      return list.reduce((a, b) => a + b, 0) / list.length;
    };
    expect(mean((iv) => iv.attributes.plan === 'enterprise') - mean((iv) => iv.attributes.plan === 'starter')).toBeGreaterThan(0.3);
    expect(mean((iv) => iv.attributes.outcome === 'resolved') - mean((iv) => iv.attributes.outcome === 'unresolved')).toBeGreaterThan(1);
    expect(corpus.interviews.filter((iv) => iv.truth.label === 'negative').length).toBeGreaterThan(corpus.interviews.length / 2);
    expect(corpus.interviews.filter((iv) => iv.attributes.plan === 'enterprise')).toHaveLength(24);
  });

  it('carries three single-interview signals, a denial, decoys and non-answers of every kind', () => {
    const sentences = answers(corpus);
    for (const name of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) expect(sentences.filter((s) => s.signal === name), name).toHaveLength(1);
    const kinds = new Set(corpus.interviews.flatMap((iv) => iv.lines.map((l) => l.kind)));
    for (const kind of Object.keys(NON_ANSWERS)) expect(kinds, kind).toContain(kind);
    for (const decoy of ['pets', 'weather', 'duration', 'background']) expect(sentences.some((s) => s.decoy === decoy), decoy).toBe(true);
    // A stop request can only be the last thing someone says; nothing opens with a non-answer.
    for (const iv of corpus.interviews) {
      expect(iv.lines[0]!.kind).toBe('answer');
      iv.lines.forEach((l, i) => l.kind === 'stop' && expect(i).toBe(iv.lines.length - 1));
      for (const l of iv.lines) expect(l.text.length).toBeLessThanOrEqual(4000);
    }
    expect(sentences.filter((s) => s.expect).length).toBeGreaterThanOrEqual(15);
    expect(new Set(sentences.filter((s) => s.expect).map((s) => s.text)).size).toBeGreaterThanOrEqual(TRICKY.length - 2);
  });

  it('plants two kinds of people who say who they are in their own words, mostly but not only along the plan', () => {
    for (const kind of PERSON_KINDS) {
      const members = corpus.interviews.filter((iv) => iv.person === kind);
      expect(members.length, kind).toBeGreaterThanOrEqual(20);
      const crossed = members.filter((iv) => iv.attributes.plan !== (kind === 'it_admin' ? 'enterprise' : 'starter'));
      expect(crossed.length, kind).toBeGreaterThanOrEqual(2);
      const selves = members.map((iv) => iv.lines[0]!.sentences.find((s) => s.kind === 'person')!.text);
      expect(new Set(selves).size, kind).toBeGreaterThanOrEqual(10);
      expect(members.filter((iv) => iv.lines.some((l) => l.sentences.filter((s) => s.person === kind).length > 0 && l !== iv.lines[0])).length, kind).toBeGreaterThan(members.length / 4);
    }
  });

  it('never mentions what the unanswerable questions ask about', () => {
    const everything = corpus.interviews.flatMap((iv) => iv.lines.map((l) => l.text)).join('\n');
    expect(everything).not.toMatch(/\bpric(?:e|es|ing)\b|\bcosts?\b|\bexpensive\b|\bcheap\b|\bmobile\b|\bapps?\b|\bapplication\b|\biphone\b|\bandroid\b/i);
  });
});

describe('the insights scorer', () => {
  it('gives every bar to an analysis that reads the interviews as a research lead would', () => {
    const card = scoreRun(corpus, perfectRun(corpus), perfectRun(corpus));
    expect(card.bars.filter((b) => !b.pass)).toEqual([]);
    expect(card.recall).toMatchObject({ found: 5, total: 5 });
    expect(card.praiseRecall).toEqual({ found: 2, total: 2 });
    expect(card.top10.precision).toBe(1);
    expect(card.prevalence.max).toBe(0);
    expect(card.citations.share).toBe(1);
    expect(card.signals).toMatchObject({ found: 3, total: 3, falsePositives: [] });
    expect(card.tricky).toMatchObject({ right: card.tricky!.total });
  });

  it('fails a keyword counter on nearly every bar', () => {
    const card = scoreRun(corpus, keywordRun(corpus));
    const failed = new Set(card.bars.filter((b) => !b.pass).map((b) => b.id));
    expect(card.recall.found).toBeLessThanOrEqual(1);
    expect(card.top10.precision).toBeLessThan(0.5);
    expect(card.prevalence.max).toBeGreaterThan(30);
    for (const id of ['recall', 'precision', 'prevalence', 'mixed', 'headline', 'no-evidence', 'only-answers', 'personas-clean', 'tricky', 'signals']) expect(failed, id).toContain(id);
  });

  it('counts a quote that is not verbatim, or names a turn that does not exist, as unresolved', () => {
    const run = perfectRun(corpus);
    const theme = run.insights.themes[0]!;
    run.insights.themes[0] = { ...theme, quotes: [{ ...theme.quotes[0]!, text: `${theme.quotes[0]!.text} (paraphrased)` }, { ...theme.quotes[1]!, turnId: 'a99' }, theme.quotes[2]!] };
    const card = scoreRun(corpus, run);
    expect(card.citations.total - card.citations.resolved).toBe(2);
    expect(card.bars.find((b) => b.id === 'citations')!.pass).toBe(false);
  });

  it('fails the headline when a pain theme is called positive, not when a praise theme is', () => {
    const run = perfectRun(corpus);
    const closed = THEMES.find((t) => t.id === 'closed_unfixed')!.name;
    const friendly = THEMES.find((t) => t.id === 'friendly_agent')!.name;
    run.insights.summary = { ...run.insights.summary, text: `48 interviews. Overall sentiment is mostly negative; ${friendly} (17 interviews, clearly positive).` };
    expect(scoreRun(corpus, run).headline).toMatchObject({ ok: true, problems: [] });
    run.insights.summary = { ...run.insights.summary, keyFindings: [`${closed}: raised in 38 of 48 interviews (79%), mostly positive.`] };
    const card = scoreRun(corpus, run);
    expect(card.headline.ok).toBe(false);
    expect(card.findings).toMatchObject({ right: 0, total: 1 });
  });

  it('counts a fix’s quoted asks as right only when they are wishes about its own pain', () => {
    const run = perfectRun(corpus);
    expect(scoreRun(corpus, run).askedFor).toMatchObject({ onTopic: 9, quoted: 9, notWishes: 0, fixesWithAsks: 3, fixes: 3 });
    const [first, second] = run.insights.support!.fixes;
    // A wish about another pain pinned on this one, and a complaint passed off as a wish.
    first!.askedFor!.quotes[0] = second!.askedFor!.quotes[0]!;
    first!.askedFor!.quotes[1] = first!.quote!;
    const card = scoreRun(corpus, run);
    expect(card.askedFor).toMatchObject({ onTopic: 7, quoted: 8, notWishes: 1 });
    expect(card.askedFor.wrong).toHaveLength(2);
  });

  it('calls a theme that holds praise and pain of the agent mixed, and counts it wrong', () => {
    const run = perfectRun(corpus);
    const friendly = run.insights.themes.find((t) => t.label === THEMES.find((x) => x.id === 'friendly_agent')!.name)!;
    const clueless = run.insights.themes.find((t) => t.label === THEMES.find((x) => x.id === 'not_understood')!.name)!;
    friendly.quotes = [...friendly.quotes.slice(0, 2), clueless.quotes[0]!];
    const card = scoreRun(corpus, run);
    expect(card.mixedThemes).toEqual([friendly.label]);
    expect(card.praiseRecall.found).toBe(1);
  });
});

/** Delivers every line as turn `a<n>` of session `se_corpus_<i>`, as a replay with no early endings would. */
function deliver(c: Corpus): Pick<RunData, 'sessions' | 'transcripts'> {
  const sessions: DeliveredSession[] = c.interviews.map((iv) => ({
    interview: iv.index,
    sessionId: `se_corpus_${iv.index}`,
    lines: iv.lines.map((line, i) => ({ turnId: `a${i}`, line })),
    undelivered: 0,
    status: 'completed',
  }));
  const transcripts = Object.fromEntries(
    sessions.map((s) => [s.sessionId, [{ id: 'q0', role: 'interviewer' as const, text: 'Tell me about it.' }, ...s.lines.map((l) => ({ id: l.turnId, role: 'participant' as const, text: l.line.text }))]]),
  );
  return { sessions, transcripts };
}

/** Every delivered sentence with where it was said. */
function located(sessions: DeliveredSession[]) {
  return sessions.flatMap((s) => s.lines.flatMap(({ turnId, line }) => line.sentences.map((sentence) => ({ sessionId: s.sessionId, turnId, line, sentence }))));
}

/** The analysis a careful researcher would write from the truth: the scorer must give it every bar. */
function perfectRun(c: Corpus): RunData {
  const { sessions, transcripts } = deliver(c);
  const all = located(sessions).filter((x) => x.line.kind === 'answer');
  const quote = (x: (typeof all)[number]): Quote => ({ sessionId: x.sessionId, turnId: x.turnId, text: x.sentence.text });
  const carriers = (id: ThemeId) => c.interviews.filter((iv) => iv.truth.themes.includes(id)).length;
  const themes = THEMES.map((t) => {
    const said = all.filter((x) => x.sentence.kind === 'theme' && x.sentence.themes.includes(t.id));
    const distinct = said.filter((x, i) => said.findIndex((y) => y.sessionId === x.sessionId) === i);
    return { id: `th_${t.id}`, label: t.name, description: t.name, count: carriers(t.id), mentions: said.length, sentiment: t.polarity === 'pain' ? -0.6 : 0.6, quotes: distinct.slice(0, 3).map(quote) };
  }).sort((a, b) => b.count - a.count);
  const labels = new Map(THEMES.map((t) => [t.id, t.name]));
  const by = (attr: 'plan' | 'outcome') => {
    const out: Record<string, { sessions: number; sentiment: number; topThemes: string[] }> = {};
    for (const iv of c.interviews) {
      const v = (out[iv.attributes[attr]] ??= { sessions: 0, sentiment: 0, topThemes: [] });
      v.sentiment = (v.sentiment * v.sessions + iv.truth.sentiment) / (v.sessions + 1);
      v.sessions += 1;
    }
    return out;
  };
  const negative = c.interviews.filter((iv) => iv.truth.label === 'negative').length;
  const positive = c.interviews.filter((iv) => iv.truth.label === 'positive').length;
  const signalKinds = { churn: 'churn', legal: 'legal', security: 'security' } as const;
  const signals = all
    .filter((x) => x.sentence.signal && x.sentence.signal !== 'denial')
    .map((x) => ({ kind: signalKinds[x.sentence.signal as keyof typeof signalKinds], label: x.sentence.signal!, quote: quote(x), at: '2026-11-23T09:00:00.000Z' }));
  const asks = CORPUS_QUESTIONS.map((q) => {
    if (!q.answerable) return { ...q, answer: "The interviews don't answer this: no participant mentioned it.", citations: [] };
    const on = all.filter((x) => x.sentence.kind === 'theme' && x.sentence.themes.some((id) => q.themes!.includes(id)));
    const distinct = on.filter((x, i) => on.findIndex((y) => y.sessionId === x.sessionId) === i);
    return { ...q, answer: 'Because their case was closed while the problem remained [1].', citations: distinct.slice(0, 5).map(quote) };
  });
  const exported = sessions.map((s) => ({
    id: s.sessionId,
    turns: s.lines.map(({ turnId, line }) => {
      const ids = [...new Set(line.sentences.flatMap((x) => (line.kind === 'answer' ? x.themes : [])))];
      const tone = line.sentences.reduce((sum, x) => sum + (x.expect === 'positive' ? 0.5 : x.expect ? -0.5 : 0), 0);
      const feeling = ids.reduce((sum, id) => sum + (PAIN_THEMES.includes(id) ? -0.5 : 0.5), tone);
      return { id: turnId, role: 'participant', text: line.text, analysis: { sentiment: line.kind === 'answer' ? Math.max(-1, Math.min(1, feeling)) : 0, themes: ids.map((id) => labels.get(id)!) } };
    }),
  }));
  // One persona per planted kind of person, built from who they say they are.
  const persona = (name: string, kind: PersonKindId): Persona => {
    const members = all.filter((x) => x.sentence.person === kind);
    return {
      name,
      quote: members[0]!.sentence.text,
      quoteSource: { sessionId: members[0]!.sessionId, turnId: members[0]!.turnId },
      goals: ['Get the problem actually fixed before the case is closed'],
      frustrations: ['Tickets closed while the problem remains'],
      behaviors: ['Raises cases for others'],
      context: `${members.length} interviews`,
      sessionIds: [...new Set(members.map((m) => m.sessionId))],
    };
  };
  const personas = [persona('The IT admin', 'it_admin'), persona('The owner', 'owner')];
  return {
    sessions,
    transcripts,
    exported,
    insights: {
      sessionsAnalyzed: c.interviews.length,
      themes,
      sentiment: { average: -0.5, distribution: { negative, neutral: c.interviews.length - negative - positive, positive } },
      summary: { text: `${c.interviews.length} interviews analysed. Overall sentiment is mostly negative.`, keyFindings: [`${themes[0]!.label}: raised in ${themes[0]!.count} of ${c.interviews.length} interviews, mostly negative.`], source: 'offline' },
      signals,
      support: {
        fixes: themes
          .filter((t) => t.sentiment < 0)
          .slice(0, 3)
          .map((t) => {
            const wishes = all.filter((x) => x.sentence.kind === 'wish' && `th_${x.sentence.about}` === t.id);
            return { themeId: t.id, label: t.label, quote: t.quotes[0] ?? null, askedFor: { sessions: wishes.length, quotes: wishes.slice(0, 3).map(quote) } };
          }),
      },
    },
    segments: { plan: by('plan'), outcome: by('outcome') },
    asks,
    personas,
    personasAgain: personas,
  };
}

/** What a keyword counter produces: a theme per frequent word, every turn that says it as evidence, all of it upbeat. */
function keywordRun(c: Corpus): RunData {
  const { sessions, transcripts } = deliver(c);
  const turns = sessions.flatMap((s) => s.lines.map((l) => ({ sessionId: s.sessionId, turnId: l.turnId, line: l.line as CorpusLine })));
  const words = ['the', 'it', 'was', 'what', 'agent', 'page', 'minutes', 'dog'];
  const has = (text: string, w: string) => new RegExp(`\\b${w}\\b`, 'i').test(text);
  const themes = words.map((w) => {
    const hits = turns.filter((t) => has(t.line.text, w));
    return { id: `kw_${w}`, label: w[0]!.toUpperCase() + w.slice(1), description: w, count: new Set(hits.map((h) => h.sessionId)).size, mentions: hits.length, sentiment: 0.4, quotes: hits.slice(0, 3).map((h) => ({ sessionId: h.sessionId, turnId: h.turnId, text: h.line.text })) };
  });
  const cite = (q: string) => turns.filter((t) => q.toLowerCase().split(/\W+/).some((w) => w.length > 3 && has(t.line.text, w))).slice(0, 5).map((t) => ({ sessionId: t.sessionId, turnId: t.turnId, text: t.line.text }));
  const bad: Persona = { name: 'The quitter', quote: 'Can we stop here?', quoteSource: { sessionId: sessions[0]!.sessionId, turnId: 'a0' }, goals: ['I want to stop', 'idk'], frustrations: [], behaviors: [], context: '', sessionIds: [sessions[0]!.sessionId] };
  return {
    sessions,
    transcripts,
    exported: sessions.map((s) => ({ id: s.sessionId, turns: s.lines.map((l) => ({ id: l.turnId, role: 'participant', text: l.line.text, analysis: { sentiment: 0.4, themes: themes.filter((t) => has(l.line.text, t.description)).map((t) => t.label) } })) })),
    insights: {
      sessionsAnalyzed: c.interviews.length,
      themes,
      sentiment: { average: 0.4, distribution: { negative: 5, neutral: 3, positive: c.interviews.length - 8 } },
      summary: { text: 'Overall sentiment is mostly positive.', keyFindings: themes.map((t) => `${t.label}: ${t.count} interviews, mostly positive.`), source: 'offline' },
      signals: [],
      support: { fixes: themes.slice(5, 8).map((t) => ({ themeId: t.id, label: t.label, quote: null })) },
    },
    segments: { plan: { enterprise: { sessions: 24, sentiment: 0.4, topThemes: [] }, starter: { sessions: 24, sentiment: 0.4, topThemes: [] } }, outcome: {} },
    asks: CORPUS_QUESTIONS.map((q) => ({ ...q, answer: `${cite(q.question).length} of ${c.interviews.length} interviews speak to this.`, citations: cite(q.question) })),
    personas: [bad],
    personasAgain: [bad],
  };
}
