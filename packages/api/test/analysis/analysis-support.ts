import { afterEach, beforeAll, expect } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { createAnalysis, type AnalysisOptions } from '../../src/analysis/analysis.ts';
import { makeTestApp } from '../harness.ts';
import { loadSentenceEmbedder } from '../../src/analysis/meaning/node-embedder.ts';
import type { SentenceEmbedder } from '../../src/analysis/meaning/sentence-vectors.ts';

/** A quote or citation as the API returns them. */
export interface QuoteLike {
  sessionId: string;
  turnId: string;
  text: string;
}

/** Asserts that a quote is a verbatim span of a real participant turn of this workspace. */
export async function expectRealQuote(store: Store, workspaceId: string, quote: QuoteLike): Promise<void> {
  const found = await store.getSession(workspaceId, quote.sessionId);
  expect(found, `session ${quote.sessionId}`).not.toBeNull();
  const turn = found!.turns.find((t) => t.id === quote.turnId);
  expect(turn, `turn ${quote.turnId}`).toBeDefined();
  expect(turn!.role).toBe('participant');
  expect(quote.text.length).toBeGreaterThan(0);
  expect(turn!.text).toContain(quote.text);
}

/** Every quote-shaped object ({sessionId, turnId, text}) anywhere in a JSON value. */
export function allQuotes(value: unknown): QuoteLike[] {
  const out: QuoteLike[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.sessionId === 'string' && typeof o.turnId === 'string' && typeof o.text === 'string') out.push(o as unknown as QuoteLike);
      Object.values(o).forEach(walk);
    }
  };
  walk(value);
  return out;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF records) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * A workspace and study on a fresh app with its own analysis side (closed by the returned `close`), and helpers to
 * run an interview through the API (one JSON turn per answer) and read the insights as a client would.
 */
export async function analysedStudy(options: AnalysisOptions = {}) {
  const analysis = createAnalysis(options);
  const t = await makeTestApp({ analysis });
  const ws = await t.workspace();
  const study = await t.study(ws.secretKey);
  return {
    t,
    ws,
    study,
    analysis,
    /** Runs one interview, answer by answer, until the interviewer completes it; returns its session. */
    async interview(answers: readonly string[], attributes?: Record<string, string>) {
      const se = await t.session(ws.publishableKey, study.id, attributes ? { participant: { attributes } } : {});
      for (const [i, text] of answers.entries()) {
        const res = await t.call('POST', `/v1/sessions/${se.id}/turns`, { key: se.token, body: { id: `a${i}`, text } });
        if (res.status !== 200) throw new Error(`turn a${i} of ${se.id}: ${res.status}`);
        if (res.json.status === 'completed') break;
      }
      return se as { id: string; token: string };
    },
    /** The study's insights once analysis has settled. */
    async insights() {
      await analysis.idle();
      return (await t.call('GET', `/v1/studies/${study.id}/insights`, { key: ws.secretKey })).json;
    },
    async close() {
      await analysis.idle();
      analysis.close();
      await t.cleanup();
    },
  };
}

/**
 * Studies analysed as the Node runtime analyses them (sentence vectors by meaning), for a test file: the embedder
 * loads once, and every study opened by the returned function is closed after its test.
 */
export function meaningStudies(): () => ReturnType<typeof analysedStudy> {
  let embedder: SentenceEmbedder;
  const open: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    embedder = await loadSentenceEmbedder();
  }, 120_000);
  afterEach(async () => {
    for (const close of open.splice(0)) await close();
  });
  return async () => {
    const study = await analysedStudy({ embedder });
    open.push(study.close);
    return study;
  };
}
