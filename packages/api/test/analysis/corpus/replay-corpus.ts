/**
 * Runs the support corpus through the real API as a client would: a workspace, a support plan drafted by
 * `POST /v1/plans`, a live study, then one session per interview (publishable key, participant attributes, the
 * ticket-closed trigger) whose lines are posted as turns with the session token until the interviewer completes it.
 * Once analysis has settled it reads what a research lead would read: insights (overall, by plan, by outcome), the JSON
 * export (per-turn analysis, for theme membership), ask answers, personas (twice) and every transcript (to check
 * citations). The strategy decides which interviewer and analysis the app gets: the offline one as the Node runtime
 * runs it by default, or a model (llmStrategy), so the same corpus and scorer judge either.
 */
import type { AskResponse, Persona, StudyInsights } from '@parley/protocol';
import type { AppDeps } from '../../../src/deps.ts';
import { createAnalysis, type Analysis } from '../../../src/analysis/analysis.ts';
import { loadSentenceEmbedder } from '../../../src/analysis/meaning/node-embedder.ts';
import type { SentenceEmbedder } from '../../../src/analysis/meaning/sentence-vectors.ts';
import { createLlmAnalysisEngine } from '../../../src/analysis/llm/llm-engine.ts';
import { createLlmAsker } from '../../../src/analysis/llm/llm-asker.ts';
import { createLlmSummarizer } from '../../../src/analysis/llm/llm-summarizer.ts';
import { createLlmThemeMerger } from '../../../src/analysis/llm/llm-theme-merger.ts';
import { createLlmPersonaWriter } from '../../../src/analysis/llm/persona-writer.ts';
import { createLlmInterviewer } from '../../../src/interviewer/llm/llm-interviewer.ts';
import { createChatClient } from '../../../src/llm/client.ts';
import type { LlmConfig } from '../../../src/llm/config.ts';
import { makeTestApp } from '../../harness.ts';
import type { Corpus, CorpusLine } from './support-corpus.ts';

/** The interviewer and analysis a replay runs against, opened fresh for each run. */
export interface ReplayStrategy {
  name: string;
  open(): Promise<OpenStrategy>;
  /** Model requests of the last opened run, by kind, when the strategy can count them (a scripted model). */
  calls?(): Record<string, number>;
}

/** An opened strategy: what it puts into the app, the analysis to wait for, and how to tear it down. */
export interface OpenStrategy {
  /** Dependencies for createApp (interviewer, analysis, …); `analysis` must be the one below. */
  overrides: Partial<AppDeps>;
  analysis: Analysis;
  close(): Promise<void>;
}

/**
 * The built-in offline interviewer and offline analysis wired as the Node runtime wires them (src/runtime/node.ts):
 * with sentence vectors by meaning when the embeddings load, by words alone when they do not or when `meaning` is
 * false (as on the edge runtimes).
 */
export function offlineStrategy(options: { meaning?: boolean } = {}): ReplayStrategy {
  const meaning = options.meaning ?? true;
  return {
    name: meaning ? 'offline' : 'offline (words only)',
    async open() {
      const embedder = meaning ? await sharedEmbedder() : undefined;
      const analysis = createAnalysis(embedder ? { embedder } : {});
      return { overrides: { analysis }, analysis, close: () => closeAnalysis(analysis) };
    },
  };
}

/** The Node runtime's offline strategy (sentence vectors by meaning). */
export const OFFLINE_STRATEGY: ReplayStrategy = offlineStrategy();

/**
 * A model behind any OpenAI-compatible endpoint interviews, extracts, answers and summarises, as the Node runtime
 * wires it when OPENAI_API_KEY or OPENAI_BASE_URL is set. For a scripted model, point `config.baseUrl` at an msw
 * handler in OpenAI wire format (test/llm/fake-openai.ts) and start the server before the replay. With
 * `interviewer: 'offline'` only the analysis is the model's (the corpus's lines do not depend on the questions).
 */
export function llmStrategy(config: LlmConfig, options: { interviewer?: 'llm' | 'offline'; name?: string } = {}): ReplayStrategy {
  const byModel = (options.interviewer ?? 'llm') === 'llm';
  return {
    name: options.name ?? `llm (${config.analysisModel})`,
    async open() {
      const client = createChatClient(config);
      const embedder = await sharedEmbedder();
      const analysis = createAnalysis({
        ...(embedder ? { embedder } : {}),
        engine: createLlmAnalysisEngine({ client, config }),
        asker: createLlmAsker({ client, config }),
        summarizer: createLlmSummarizer({ client, config }),
        themeMerger: createLlmThemeMerger({ client, config }),
        personaWriter: createLlmPersonaWriter({ client, config }),
      });
      return { overrides: { analysis, ...(byModel ? { interviewer: createLlmInterviewer({ client, config }) } : {}) }, analysis, close: () => closeAnalysis(analysis) };
    },
  };
}

// Loaded once per process, as the runtime does at start-up; a failure means analysis by words alone, as there.
let embedderLoad: Promise<SentenceEmbedder | undefined> | undefined;
function sharedEmbedder(): Promise<SentenceEmbedder | undefined> {
  embedderLoad ??= loadSentenceEmbedder().catch(() => undefined);
  return embedderLoad;
}

async function closeAnalysis(analysis: Analysis): Promise<void> {
  await analysis.idle();
  analysis.close();
}

/** A question put to "ask your interviews", with what a good answer cites. */
export interface CorpusQuestion {
  question: string;
  /** Unanswerable: nobody in the corpus spoke to it; the answer must say so and cite nothing. */
  answerable: boolean;
  /** For an answerable one: citations should mostly say one of these themes. */
  themes?: string[];
}

/** The questions every run asks: two nobody can answer from these interviews, two they answer well. */
export const CORPUS_QUESTIONS: CorpusQuestion[] = [
  { question: 'What did customers say about our pricing page?', answerable: false },
  { question: 'What do people think of the mobile app?', answerable: false },
  { question: 'Why were people unhappy after their ticket was closed?', answerable: true, themes: ['closed_unfixed', 'no_followup', 'repeat', 'slow_first_reply', 'not_understood'] },
  { question: 'Did anyone have to explain their problem more than once?', answerable: true, themes: ['repeat'] },
];

/** One interview as delivered: which corpus interview, its session, and the lines that were actually posted. */
export interface DeliveredSession {
  interview: number;
  sessionId: string;
  /** Posted lines, each with the turn id it was sent as. */
  lines: { turnId: string; line: CorpusLine }[];
  /** Lines never sent because the interviewer had already ended the interview. */
  undelivered: number;
  status: string;
  endReason?: string;
}

/** One participant turn of a transcript as `GET /v1/sessions/:id` returns it. */
export interface TranscriptTurn {
  id: string;
  role: 'interviewer' | 'participant';
  text: string;
}

/** Per-turn analysis as the JSON export gives it (the part the scorer reads). */
export interface ExportedTurn {
  id: string;
  role: string;
  text: string;
  analysis?: { sentiment: number; themes: string[] };
}

/** Everything a run read through the API, as plain data the scorer judges. */
export interface CorpusRun {
  strategy: string;
  studyId: string;
  sessions: DeliveredSession[];
  insights: StudyInsights;
  /** `?segmentBy=` results: attribute → value → segment. */
  segments: Record<string, NonNullable<StudyInsights['segments']>>;
  /** The JSON export's sessions (per-turn analysis); absent if the export could not be read. */
  exported?: { id: string; turns: ExportedTurn[] }[];
  asks: (CorpusQuestion & AskResponse)[];
  personas: Persona[];
  /** Why there are fewer personas than asked for, as the API says it. */
  personaNote?: string;
  /** The same personas request made again on the same data. */
  personasAgain: Persona[];
  /** sessionId → its turns, as `GET /v1/sessions/:id` returns them. */
  transcripts: Record<string, TranscriptTurn[]>;
  timings: { interviewsMs: number; settleMs: number; readsMs: number; totalMs: number; turns: number };
}

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;

/** Runs the corpus through a fresh app and reads back its analysis through the HTTP API. */
export async function replayCorpus(corpus: Corpus, options: { strategy?: ReplayStrategy; personaCount?: number; questions?: CorpusQuestion[] } = {}): Promise<CorpusRun> {
  const strategy = options.strategy ?? OFFLINE_STRATEGY;
  const opened = await strategy.open();
  const t = await makeTestApp(opened.overrides);
  const started = performance.now();
  try {
    const ws = await t.workspace('Corpus');
    const drafted = await expectOk(t.call('POST', '/v1/plans', { key: ws.secretKey, body: { researchQuestion: corpus.researchQuestion, template: 'support' } }), 'plan');
    const study = await expectOk(
      t.call('POST', '/v1/studies', {
        key: ws.secretKey,
        body: { researchQuestion: corpus.researchQuestion, title: 'After the ticket is closed', plan: drafted.plan, status: 'live', triggers: [{ on: 'event', event: 'support_ticket_closed' }] },
      }),
      'study',
    );

    const sessions: DeliveredSession[] = [];
    let turns = 0;
    for (const interview of corpus.interviews) {
      const delivered = await interviewOnce(t, ws.publishableKey, study.id, interview);
      turns += delivered.lines.length;
      sessions.push(delivered);
      t.clock.advance(3_600_000);
    }
    const interviewsMs = performance.now() - started;

    const settleStart = performance.now();
    await opened.analysis.idle();
    const settleMs = performance.now() - settleStart;

    const readsStart = performance.now();
    const get = (path: string, what: string) => expectOk(t.call('GET', path, { key: ws.secretKey }), what);
    const insights: StudyInsights = await get(`/v1/studies/${study.id}/insights`, 'insights');
    const segments: CorpusRun['segments'] = {};
    for (const attr of ['plan', 'outcome', 'channel']) segments[attr] = (await get(`/v1/studies/${study.id}/insights?segmentBy=${attr}`, `segments by ${attr}`)).segments ?? {};
    const exportRes = await t.call('GET', `/v1/studies/${study.id}/export?format=json`, { key: ws.secretKey });
    const exported = exportRes.status === 200 ? (exportRes.json.sessions as { id: string; turns: ExportedTurn[] }[]) : undefined;
    const asks: CorpusRun['asks'] = [];
    for (const q of options.questions ?? CORPUS_QUESTIONS) {
      const res: AskResponse = await expectOk(t.call('POST', `/v1/studies/${study.id}/ask`, { key: ws.secretKey, body: { question: q.question } }), `ask "${q.question}"`);
      asks.push({ ...q, answer: res.answer, citations: res.citations });
    }
    const personaBody = { count: options.personaCount ?? 3 };
    const personaAnswer = await expectOk(t.call('POST', `/v1/studies/${study.id}/personas`, { key: ws.secretKey, body: personaBody }), 'personas');
    const personas = personaAnswer.personas as Persona[];
    const personasAgain = (await expectOk(t.call('POST', `/v1/studies/${study.id}/personas`, { key: ws.secretKey, body: personaBody }), 'personas again')).personas as Persona[];
    const transcripts: CorpusRun['transcripts'] = {};
    for (const s of sessions) transcripts[s.sessionId] = ((await get(`/v1/sessions/${s.sessionId}`, 'session')).turns as TranscriptTurn[]).map(({ id, role, text }) => ({ id, role, text }));
    const readsMs = performance.now() - readsStart;

    return {
      strategy: strategy.name,
      studyId: study.id,
      sessions,
      insights,
      segments,
      ...(exported ? { exported } : {}),
      asks,
      personas,
      ...(personaAnswer.note ? { personaNote: personaAnswer.note as string } : {}),
      personasAgain,
      transcripts,
      timings: { interviewsMs, settleMs, readsMs, totalMs: performance.now() - started, turns },
    };
  } finally {
    await opened.close();
    await t.cleanup();
  }
}

/**
 * One interview: the session starts as the widget starts it after a ticket closes; each line is a turn (id `a<n>`,
 * 40 s apart); when the lines run out and the interviewer still waits, the participant closes it as done.
 */
async function interviewOnce(t: TestApp, publishableKey: string, studyId: string, interview: Corpus['interviews'][number]): Promise<DeliveredSession> {
  const session = await t.session(publishableKey, studyId, {
    participant: { id: interview.participantId, attributes: interview.attributes },
    trigger: { event: 'support_ticket_closed', properties: { channel: interview.attributes.channel } },
  });
  const lines: DeliveredSession['lines'] = [];
  let status = 'active';
  for (const line of interview.lines) {
    if (status !== 'active') break;
    t.clock.advance(40_000);
    const turnId = `a${lines.length}`;
    const res = await t.call('POST', `/v1/sessions/${session.id}/turns`, { key: session.token, body: { id: turnId, text: line.text } });
    if (res.status !== 200) throw new Error(`interview ${interview.index}, turn ${turnId}: ${res.status} ${res.text}`);
    lines.push({ turnId, line });
    status = res.json.status;
  }
  let endReason: string | undefined;
  if (status === 'active') {
    const ended = await expectOk(t.call('POST', `/v1/sessions/${session.id}/end`, { key: session.token, body: { reason: 'completed' } }), 'end');
    status = ended.status;
    endReason = ended.endReason;
  } else {
    endReason = (await t.call('GET', `/v1/sessions/${session.id}`, { key: session.token })).json?.endReason;
  }
  return { interview: interview.index, sessionId: session.id, lines, undelivered: interview.lines.length - lines.length, status, ...(endReason ? { endReason } : {}) };
}

async function expectOk(pending: ReturnType<TestApp['call']>, what: string): Promise<any> {
  const res = await pending;
  if (res.status !== 200 && res.status !== 201) throw new Error(`${what}: ${res.status} ${res.text.slice(0, 300)}`);
  return res.json;
}
