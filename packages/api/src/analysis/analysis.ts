import type { AppDeps } from '../deps.ts';
import type { SessionWithTurns } from '../domain/records.ts';
import type { AnalysisEngine } from './engine.ts';
import type { QuestionAnswerer } from './llm/llm-asker.ts';
import type { Summarizer } from './llm/llm-summarizer.ts';
import type { ThemeMerger } from './llm/llm-theme-merger.ts';
import type { StudyModel } from './study/study-model.ts';
import { summaryFigures } from './llm/summary-prompt.ts';
import { createOfflineEngine } from './offline/offline-engine.ts';
import { ingestSession } from './ingest/ingest-session.ts';
import { DEFAULT_WEBHOOK_DEBOUNCE_MS, InsightsWebhook } from './ingest/insights-webhook.ts';
import { Limiter } from './ingest/limiter.ts';
import { WorkTracker } from './ingest/work-tracker.ts';
import { pendingSessions } from './ingest/pending-sessions.ts';
import { renderInsights, type StoredInsights } from './render/render-insights.ts';
import { loadStudyEntry, studyKey, type StudyEntry } from './study/study-entry.ts';
import type { SentenceEmbedder } from './meaning/sentence-vectors.ts';
import type { PersonaWriter } from './llm/persona-writer.ts';

/** Most labels one theme merge request lists (the largest; a label said once or twice more is left as it is). */
const MAX_MERGE_LABELS = 60;
/** A model summary needs at least this many interviews: one interview is not a study to summarise. */
const MIN_SUMMARY_SESSIONS = 2;

/** Settings of the analysis side. */
export interface AnalysisOptions {
  /** The extraction engine; the offline one (loaded on first use) when absent. */
  engine?: AnalysisEngine;
  /** `insights.updated` is sent at most once per study per this window (default 10 s). */
  webhookDebounceMs?: number;
  /** Extraction requests in flight at once (default 4 for an LLM engine; offline extraction is synchronous). */
  concurrency?: number;
  /** Studies kept in memory; the least recently used idle one is dropped past this (default 100). */
  maxStudies?: number;
  /** After a change, stored insights are rendered within this delay, so a stream of turns costs one render per interval (default 250 ms; reads render at once). */
  renderIntervalMs?: number;
  /** How often a read checks whether other API processes analysed sessions of the study (default 1 s; 0 = every read). */
  revisionCheckMs?: number;
  /** Writes study summaries with a language model, in the background; absent: the offline summary only. */
  summarizer?: Summarizer;
  /** Groups a model's theme labels that name one finding, in the background; absent: labels are taken as written. */
  themeMerger?: ThemeMerger;
  /** At most one model-written summary per study per this window (default 30 s); it follows the insights it lags. */
  summaryIntervalMs?: number;
  /** Writes "ask your interviews" answers from the retrieved quotes (a language model); absent: extractive answers. */
  asker?: QuestionAnswerer;
  /** Sentence vectors by meaning (offline word embeddings) for themes and ask; absent: both go by words alone. */
  embedder?: SentenceEmbedder;
  /** Writes persona names and descriptions from each group's traits and quotes (a language model); absent: the offline cards. */
  personaWriter?: PersonaWriter;
}

/** A study's analysis, current as of this call: its model and its rendered insights. */
export interface StudyView {
  entry: StudyEntry;
  rendered: StoredInsights;
}

/**
 * The analysis side: every committed turn is handed to it and analysed in the background (per-turn extraction,
 * theme clustering, study aggregates, stored insights, `insights.updated`); reads get the stored result. A restart
 * loses nothing: the first use of a study in a process compares its sessions with their stored analyses and
 * analyses whatever a crash left out. One per app; createApp builds the offline one when none is given.
 */
export interface Analysis {
  readonly engine: AnalysisEngine;
  /** The model that writes ask answers, when one is configured. */
  readonly asker: QuestionAnswerer | null;
  /** The model that names and describes personas, when one is configured. */
  readonly personaWriter: PersonaWriter | null;
  /** Hands a committed turn (the session as committed, with its transcript) to analysis; returns at once. */
  turnCommitted(deps: AppDeps, snapshot: SessionWithTurns): void;
  /**
   * The study's analysis for a read, or null if there is no such study in this workspace. With a local (offline)
   * engine it first waits for pending work of the study, so a read sees every committed turn; with an LLM engine
   * it never waits for the model and shows what is analysed so far.
   */
  view(deps: AppDeps, workspaceId: string, studyId: string): Promise<StudyView | null>;
  /** Catches up every study of a workspace (at start-up); resolves when done. */
  catchUpWorkspace(deps: AppDeps, workspaceId: string): Promise<void>;
  /**
   * Catches up every workspace's studies (start-up: turns committed before a crash and never analysed), plus `also`
   * (workspaces a store written before it listed workspaces may not know, such as the bootstrap one).
   */
  catchUpAll(deps: AppDeps, also?: string[]): Promise<void>;
  /** Re-analyses every session of a study from scratch (engine change, benchmarks); resolves when done. */
  rebuild(deps: AppDeps, workspaceId: string, studyId: string): Promise<void>;
  /** Resolves when no analysis work is in flight (due renders are run now). */
  idle(): Promise<void>;
  /** Stops timers (pending webhook announcements). */
  close(): void;
}

/** Builds the analysis side. */
export function createAnalysis(options: AnalysisOptions = {}): Analysis {
  const engine = options.engine ?? createOfflineEngine();
  const local = engine.kind === 'offline';
  const limiter = new Limiter(options.concurrency ?? (local ? 1 : 4));
  const maxStudies = options.maxStudies ?? 100;
  const renderIntervalMs = options.renderIntervalMs ?? 250;
  const webhook = new InsightsWebhook(options.webhookDebounceMs ?? DEFAULT_WEBHOOK_DEBOUNCE_MS);
  const work = new WorkTracker();
  const entries = new Map<string, Promise<StudyEntry | null>>();
  const inflight = new Map<string, { latest: SessionWithTurns }>();
  /** Renders due per study (one timer each), so a burst of turns is rendered and stored once. */
  const renderTimers = new Map<string, { timer: ReturnType<typeof setTimeout>; run: () => Promise<void>; cancel: () => void }>();
  const revisionCheckMs = options.revisionCheckMs ?? 1000;
  const summarizer = options.summarizer ?? null;
  const summaryIntervalMs = options.summaryIntervalMs ?? 30_000;
  /** Model-written summaries due or running, per study. */
  const summaryTimers = new Map<string, { timer: ReturnType<typeof setTimeout>; run: () => void; due: number }>();
  const summarizing = new Set<string>();
  const themeMerger = options.themeMerger ?? null;
  /** The label set each study model was last asked about (a reloaded model starts with no groups, so it is asked again). */
  const mergedLabels = new WeakMap<StudyModel, string>();
  const merging = new Set<string>();
  let closed = false;
  const refreshing = new Set<string>();

  /** The study's entry, loading it on first use; loading also starts the catch-up of sessions a crash left out. */
  function entryOf(deps: AppDeps, workspaceId: string, studyId: string, fresh = false): Promise<StudyEntry | null> {
    const key = studyKey(workspaceId, studyId);
    let found = fresh ? undefined : entries.get(key);
    if (!found) {
      found = loadStudyEntry(deps.store, workspaceId, studyId, { fresh, ...(options.embedder ? { embedder: options.embedder } : {}) });
      entries.set(key, found);
      found.then(
        (entry) => {
          if (!entry) return entries.delete(key);
          evict(key);
          track(key, catchUp(deps, entry));
        },
        () => entries.delete(key),
      );
    }
    return found.then((entry) => {
      if (entry) entry.usedAt = Date.now();
      return entry;
    });
  }

  function evict(keep: string): void {
    if (entries.size <= maxStudies) return;
    const idle = [...entries.keys()].filter((k) => k !== keep && work.count(k) === 0 && !renderTimers.has(k) && !summaryTimers.has(k) && !summarizing.has(k) && !merging.has(k));
    for (const key of idle.slice(0, entries.size - maxStudies)) entries.delete(key);
  }

  function track(key: string, promise: Promise<unknown>): void {
    work.track(key, promise);
  }

  async function catchUp(deps: AppDeps, entry: StudyEntry): Promise<void> {
    const behind = await pendingSessions(deps.store, entry);
    for (const snapshot of behind) schedule(deps, snapshot, entry);
    if (behind.length === 0) await render(deps, entry);
  }

  /** Analyses a session (single-flight per session: a newer snapshot arriving meanwhile is analysed right after). */
  function schedule(deps: AppDeps, snapshot: SessionWithTurns, known?: StudyEntry): Promise<void> {
    const { workspaceId, studyId, id } = snapshot.session;
    const key = studyKey(workspaceId, studyId);
    const sessionKey = `${key}\u0000${id}`;
    const running = inflight.get(sessionKey);
    if (running) {
      if (snapshot.turns.length > running.latest.turns.length) running.latest = snapshot;
      return Promise.resolve();
    }
    const state = { latest: snapshot };
    inflight.set(sessionKey, state);
    const job = (async () => {
      const entry = known ?? (await entryOf(deps, workspaceId, studyId));
      if (!entry) return void inflight.delete(sessionKey);
      let done = 0;
      try {
        while (state.latest.turns.length > done) {
          const current = state.latest;
          await ingestSession(deps, engine, limiter, entry, current);
          done = current.turns.length;
        }
      } finally {
        inflight.delete(sessionKey);
        scheduleRender(deps, entry);
      }
    })().catch((err: unknown) => deps.logger.error('analysis_failed', { studyId, sessionId: id, error: String(err) }));
    track(key, job);
    return job;
  }

  /** Stores the session analyses changed since the last render, then renders and stores the insights if the model changed. */
  function render(deps: AppDeps, entry: StudyEntry): Promise<void> {
    return entry.lock.run(async () => {
      await storeUnsaved(deps, entry);
      if (entry.rendered && entry.rendered.version === entry.model.version) return;
      const rendered = renderInsights(entry.model, entry.frame, engine.kind);
      if (entry.written && stillCurrent(entry.written.sessions, rendered.insights.sessionsAnalyzed)) rendered.insights.summary = { text: entry.written.text, keyFindings: entry.written.keyFindings, source: 'llm' };
      await deps.store.saveStudyInsights(entry.workspaceId, entry.studyId, rendered);
      entry.rendered = rendered;
      summarizeLater(deps, entry);
      mergeLabelsLater(deps, entry);
      const { sessionsAnalyzed, turnsAnalyzed, updatedAt } = rendered.insights;
      if (sessionsAnalyzed > 0) webhook.schedule(deps, entry.workspaceId, entry.studyId, { studyId: entry.studyId, sessionsAnalyzed, turnsAnalyzed, updatedAt });
    });
  }

  /**
   * Writes changed session analyses together (one group commit instead of one per turn, so turn requests do not queue
   * behind analysis writes). A failed write stays pending for the next render; a crash before it only means catch-up.
   */
  async function storeUnsaved(deps: AppDeps, entry: StudyEntry): Promise<void> {
    if (entry.unsaved.size === 0) return;
    const ids = [...entry.unsaved];
    entry.unsaved.clear();
    const updatedAt = deps.clock.now().toISOString();
    const results = await Promise.allSettled(
      ids.map((sessionId) =>
        deps.store.saveSessionAnalysis(entry.workspaceId, entry.studyId, sessionId, {
          sessionId,
          analyzedTurns: entry.model.analyzedTurns.get(sessionId) ?? 0,
          updatedAt,
          data: entry.model.sessions.get(sessionId),
        }),
      ),
    );
    const failed = ids.filter((_, i) => results[i]!.status === 'rejected');
    entry.ownSaves += ids.length - failed.length;
    for (const id of failed) entry.unsaved.add(id);
    if (failed.length) {
      const reason = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason;
      deps.logger.error('analysis_save_failed', { studyId: entry.studyId, sessions: failed.length, error: String(reason) });
    }
  }

  /**
   * Several API processes can share one store, each analysing the turns it served. At most once per
   * `revisionCheckMs`, a read compares the store's analysis revision with what this process loaded and saved; if
   * another process saved analyses since, the study's model is reloaded from the store in the background (the read
   * itself never waits: the next one shows the merged insights).
   */
  function refreshIfOthersWrote(deps: AppDeps, entry: StudyEntry): void {
    const now = Date.now();
    if (now - entry.checkedAt < revisionCheckMs || refreshing.has(entry.key)) return;
    entry.checkedAt = now;
    const job = (async () => {
      // Compared inside the lock, where this process's own saves happen, so they are never mistaken for another's.
      const reloaded = await entry.lock.run(async () => {
        if ((await deps.store.analysisRevision(entry.workspaceId, entry.studyId)) === entry.revision + entry.ownSaves) return false;
        await storeUnsaved(deps, entry);
        // Analyses this process could not store yet would be lost with its model: reload once they are stored.
        if (entry.unsaved.size > 0) return false;
        const fresh = await loadStudyEntry(deps.store, entry.workspaceId, entry.studyId, options.embedder ? { embedder: options.embedder } : {});
        if (!fresh) return false;
        entry.model = fresh.model;
        entry.revision = fresh.revision;
        entry.ownSaves = 0;
        entry.rendered = null;
        // The reloaded model's versions start again: the written summary no longer matches any of them.
        if (entry.written) entry.written = { ...entry.written, version: -1 };
        return true;
      });
      if (reloaded) await render(deps, entry);
    })()
      .catch((err: unknown) => deps.logger.error('analysis_refresh_failed', { studyId: entry.studyId, error: String(err) }))
      .finally(() => refreshing.delete(entry.key));
    refreshing.add(entry.key);
    track(entry.key, job);
  }

  /**
   * Asks the summarizer for a new summary once the insights moved past the last written one, at most once per
   * `summaryIntervalMs` per study. It runs apart from the study's work, so no read or catch-up ever waits on it; the
   * insights show the offline summary until the first one arrives, then the latest written one.
   */
  function summarizeLater(deps: AppDeps, entry: StudyEntry): void {
    if (closed || !summarizer || summaryTimers.has(entry.key) || summarizing.has(entry.key)) return;
    // One interview is not a study to summarise: the offline summary says what it holds.
    if (entry.model.totals.sessions < MIN_SUMMARY_SESSIONS || entry.written?.version === entry.model.version) return;
    const due = entry.summarizedAt + summaryIntervalMs;
    const run = () => {
      summaryTimers.delete(entry.key);
      summarizing.add(entry.key);
      const version = entry.model.version;
      entry.summarizedAt = Date.now();
      const { insights } = renderInsights(entry.model, entry.frame, engine.kind);
      const model = entry.model;
      const figures = summaryFigures(insights);
      if (entry.written && figures === entry.summarizedFigures) {
        // New answers that moved no figure: the written summary still says it all, no model call.
        entry.written = { ...entry.written, version };
        summarizing.delete(entry.key);
        return;
      }
      entry.summarizedFigures = figures;
      const job = summarizer
        .summarize({ researchQuestion: entry.frame.researchQuestion, insights })
        .then((written) => {
          if (!written || closed) return;
          // Written from a model since replaced by a reload: shown, but another one is asked for.
          entry.written = { ...written, version: entry.model === model ? version : -1, sessions: insights.sessionsAnalyzed };
          entry.rendered = null;
          scheduleRender(deps, entry);
        })
        .catch((err: unknown) => deps.logger.error('analysis_summary_failed', { studyId: entry.studyId, error: String(err) }))
        .finally(() => summarizing.delete(entry.key));
      track(`${entry.key}\u0000summary`, job);
    };
    const timer = setTimeout(run, Math.max(0, due - Date.now()));
    (timer as { unref?: () => void }).unref?.();
    summaryTimers.set(entry.key, { timer, run, due });
  }

  /**
   * Asks the theme merger which model labels name one finding whenever the study's set of labels changed (one request
   * at a time per study; a change while it runs is asked about next). Its groups apply from the next render on.
   */
  function mergeLabelsLater(deps: AppDeps, entry: StudyEntry): void {
    if (closed || !themeMerger || merging.has(entry.key) || entry.model.totals.sessions < MIN_SUMMARY_SESSIONS) return;
    const model = entry.model;
    const labels = model.labelFacts(MAX_MERGE_LABELS);
    const signature = JSON.stringify(labels.map((l) => `${l.feeling}/${l.label}`).sort());
    if (labels.length < 2 || mergedLabels.get(model) === signature) return;
    mergedLabels.set(model, signature);
    merging.add(entry.key);
    const job = themeMerger
      .merge({ researchQuestion: entry.frame.researchQuestion, labels, studyId: entry.studyId })
      .then((aliases) => {
        if (!aliases || closed || entry.model !== model || sameAliases(aliases, model.labelAliases)) return;
        model.labelAliases = aliases;
        model.version += 1;
        scheduleRender(deps, entry);
      })
      .catch((err: unknown) => deps.logger.error('analysis_theme_merge_failed', { studyId: entry.studyId, error: String(err) }))
      .finally(() => {
        merging.delete(entry.key);
        mergeLabelsLater(deps, entry);
      });
    track(`${entry.key}\u0000merge`, job);
    // Started inside a render, which the request keeps alive on the edge (waitUntil): so must this, until it is done.
    deps.background?.(job);
  }

  function scheduleRender(deps: AppDeps, entry: StudyEntry): void {
    if (closed || renderTimers.has(entry.key)) return;
    let finished!: () => void;
    const settled = new Promise<void>((resolve) => (finished = resolve));
    const run = () => {
      renderTimers.delete(entry.key);
      const job = render(deps, entry).catch((err: unknown) => deps.logger.error('analysis_render_failed', { studyId: entry.studyId, error: String(err) }));
      track(entry.key, job);
      void job.finally(finished);
      return job;
    };
    const timer = setTimeout(run, renderIntervalMs);
    (timer as { unref?: () => void }).unref?.();
    renderTimers.set(entry.key, { timer, run, cancel: finished });
    // On the edge the render comes after the response: the platform must keep it alive (waitUntil), as it does ingestion.
    deps.background?.(settled);
  }

  /** Runs due renders now (of one study, or all). */
  async function flushRenders(key?: string): Promise<void> {
    const due = [...renderTimers.entries()].filter(([k]) => key === undefined || k === key);
    await Promise.all(
      due.map(([, { timer, run }]) => {
        clearTimeout(timer);
        return run();
      }),
    );
  }

  /** Waits for a study's work, renders included. */
  async function settle(key: string): Promise<void> {
    do {
      await work.drained(key);
      await flushRenders(key);
    } while (work.count(key) > 0);
  }

  return {
    engine,
    asker: options.asker ?? null,
    personaWriter: options.personaWriter ?? null,
    turnCommitted(deps, snapshot) {
      // A macrotask later, so the participant's response is written before any analysis runs.
      const job = new Promise((resolve) => setTimeout(resolve, 0)).then(() => schedule(deps, snapshot));
      track(studyKey(snapshot.session.workspaceId, snapshot.session.studyId), job);
      (deps.background ?? ((w) => void w))(job);
    },
    async view(deps, workspaceId, studyId) {
      const entry = await entryOf(deps, workspaceId, studyId);
      if (!entry) return null;
      if (local) await work.drained(entry.key);
      await render(deps, entry);
      const rendered = entry.rendered!;
      refreshIfOthersWrote(deps, entry);
      return { entry, rendered };
    },
    async catchUpWorkspace(deps, workspaceId) {
      for (let cursor: string | undefined; ; ) {
        const page = await deps.store.listStudies(workspaceId, { limit: 100, ...(cursor ? { cursor } : {}) });
        for (const study of page.data) {
          const entry = await entryOf(deps, workspaceId, study.id);
          if (entry) await settle(entry.key);
        }
        if (!page.nextCursor) return;
        cursor = page.nextCursor;
      }
    },
    async catchUpAll(deps, also = []) {
      for (const workspaceId of new Set([...also, ...(await deps.store.listWorkspaceIds())])) await this.catchUpWorkspace(deps, workspaceId);
    },
    async rebuild(deps, workspaceId, studyId) {
      const key = studyKey(workspaceId, studyId);
      await work.drained(key);
      const entry = await entryOf(deps, workspaceId, studyId, true);
      if (entry) await settle(key);
    },
    async idle() {
      do {
        await work.idle();
        await flushRenders();
        // Summaries already due start now (one still waiting out its interval is not waited for).
        for (const { timer, run, due } of [...summaryTimers.values()]) if (due <= Date.now()) (clearTimeout(timer), run());
      } while (renderTimers.size > 0 || work.busy());
    },
    close() {
      closed = true;
      for (const { timer, cancel } of renderTimers.values()) (clearTimeout(timer), cancel());
      renderTimers.clear();
      for (const { timer } of summaryTimers.values()) clearTimeout(timer);
      summaryTimers.clear();
      webhook.close();
    },
  };
}

/**
 * Whether a summary written from `written` interviews may still head a study of `now`: while the next one is being
 * written it may lag by one interview or 10%, never more (a summary of 4 interviews must not head a study of 48; the
 * offline summary, always current, does until the model's catches up).
 */
function stillCurrent(written: number, now: number): boolean {
  return now <= Math.max(written + 1, Math.ceil(written * 1.1));
}

function sameAliases(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

/** The app's analysis side (createApp always sets one). */
export function analysisOf(deps: AppDeps): Analysis {
  if (!deps.analysis) throw new Error('createApp sets deps.analysis; this app was built another way');
  return deps.analysis;
}
