import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type AppDeps } from '../src/index.ts';
import { openEmbeddedStore } from '../src/store/embedded/embedded-store.ts';
import { createOfflineInterviewer } from '../src/interviewer/offline/offline-interviewer.ts';
import { offlinePlanner } from '../src/planning/offline-planner.ts';
import { randomIds } from '../src/platform/random-ids.ts';
import { silentLogger } from '../src/platform/json-logger.ts';
import type { Store } from '../src/store/store.ts';

export const ADMIN_KEY = 'ak_test_admin_key_0123456789';

/** A clock tests can move. */
export function manualClock(start = new Date('2026-11-23T09:00:00.000Z')) {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

/** A Parley app on a fresh embedded store in a temp dir, plus request helpers. */
export async function makeTestApp(overrides: Partial<AppDeps> & { wrapStore?: (s: Store) => Store } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'parley-test-'));
  const base = await openEmbeddedStore(dir);
  const store = overrides.wrapStore ? overrides.wrapStore(base) : base;
  const clock = manualClock();
  const deps: AppDeps = {
    store,
    interviewer: createOfflineInterviewer(),
    planner: offlinePlanner(),
    clock,
    ids: randomIds(),
    logger: silentLogger(),
    config: { adminKey: ADMIN_KEY, version: 'test', maxBodyBytes: 64 * 1024 },
    ...overrides,
  };
  const app = createApp(deps);

  /** Sends a request the way a client would, JSON-encoding `body` unless it is already a string. */
  async function call(method: string, path: string, opts: { key?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.key) headers.authorization = `Bearer ${opts.key}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await res.text();
    let json: any = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json, text };
  }

  /** Creates a workspace through the admin route. */
  async function workspace(name = 'Acme', allowedOrigins?: string[]) {
    const res = await call('POST', '/v1/workspaces', { key: ADMIN_KEY, body: { name, ...(allowedOrigins ? { allowedOrigins } : {}) } });
    if (res.status !== 201) throw new Error(`workspace: ${res.status} ${res.text}`);
    return res.json as { id: string; secretKey: string; publishableKey: string };
  }

  /** Creates a study through the API. */
  async function study(secretKey: string, body: Record<string, unknown> = {}) {
    const res = await call('POST', '/v1/studies', {
      key: secretKey,
      body: { researchQuestion: 'What frustrates customers after their support ticket is closed?', status: 'live', ...body },
    });
    if (res.status !== 201) throw new Error(`study: ${res.status} ${res.text}`);
    return res.json;
  }

  /** Starts a session through the API. */
  async function session(key: string, studyId: string, extra: Record<string, unknown> = {}) {
    const res = await call('POST', '/v1/sessions', { key, body: { studyId, ...extra } });
    if (res.status !== 201) throw new Error(`session: ${res.status} ${res.text}`);
    return res.json;
  }

  return {
    app,
    deps,
    clock,
    store,
    dir,
    call,
    workspace,
    study,
    session,
    cleanup: async () => {
      await base.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Reads a Server-Sent Events body into its events, in order. */
export async function readSse(res: Response): Promise<{ event: string; data: any }[]> {
  const text = await res.text();
  return parseSse(text);
}

/** Parses SSE text into events. */
export function parseSse(text: string): { event: string; data: any }[] {
  const events: { event: string; data: any }[] = [];
  for (const block of text.split(/\n\n/)) {
    if (!block.trim()) continue;
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    events.push({ event, data: data.length ? JSON.parse(data.join('\n')) : null });
  }
  return events;
}
