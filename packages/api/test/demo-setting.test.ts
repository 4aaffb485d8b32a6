import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { readDemoSetting } from '../src/runtime/demo-setting.ts';
import { readNodeEnv } from '../src/runtime/node-env.ts';
import { applyDemoSetting } from '../src/runtime/demo-switch.ts';
import { staticAssetRoutes } from '../src/runtime/static-assets.ts';
import { openEmbeddedStore } from '../src/store/embedded/embedded-store.ts';
import { offlinePlanner } from '../src/planning/offline-planner.ts';
import { randomIds } from '../src/platform/random-ids.ts';
import type { AppEnv } from '../src/http/app-env.ts';
import type { Store } from '../src/store/store.ts';
import { manualClock } from './harness.ts';

describe('PARLEY_DEMO', () => {
  it('is on for a fresh machine and off once the bootstrap keys come from the environment', () => {
    expect(readDemoSetting({})).toBe(true);
    expect(readDemoSetting({ PARLEY_SECRET_KEY: 'sk_x' })).toBe(false);
    expect(readDemoSetting({ PARLEY_PUBLISHABLE_KEY: 'pk_x' })).toBe(false);
  });

  it('on and off decide whatever the keys', () => {
    expect(readDemoSetting({ PARLEY_DEMO: 'on', PARLEY_SECRET_KEY: 'sk_x' })).toBe(true);
    expect(readDemoSetting({ PARLEY_DEMO: 'OFF' })).toBe(false);
    expect(readNodeEnv({ PARLEY_DEMO: 'off' }).demo).toBe(false);
  });

  it('stops start-up on any other value, naming the variable and the value', () => {
    expect(() => readNodeEnv({ PARLEY_DEMO: 'yes please' })).toThrow('PARLEY_DEMO must be "on" or "off", got "yes please"');
  });
});

describe('the demo at start-up', () => {
  let dir: string;
  let store: Store & { close(): Promise<void> };
  const workspaceId = 'ws_demo';
  const deps = () => ({ store, planner: offlinePlanner(), ids: randomIds(), clock: manualClock() });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-demo-'));
    store = await openEmbeddedStore(join(dir, 'store'));
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  const liveIds = async () => (await store.listStudies(workspaceId, { limit: 100 })).data.filter((s) => s.status === 'live').map((s) => s.id).sort();

  it('off on a fresh machine creates no demo study', async () => {
    expect(await applyDemoSetting(false, deps(), dir, workspaceId)).toBeNull();
    expect(await liveIds()).toEqual([]);
  });

  it('off after a start with the demo archives its studies (kept, not deleted), and on brings them back', async () => {
    const studies = (await applyDemoSetting(true, deps(), dir, workspaceId))!;
    const ids = [studies.support, studies.onboarding].sort();
    expect(await liveIds()).toEqual(ids);
    expect(JSON.parse(await readFile(join(dir, 'demo.json'), 'utf8'))).toEqual(studies);

    expect(await applyDemoSetting(false, deps(), dir, workspaceId)).toBeNull();
    expect(await liveIds()).toEqual([]);
    expect((await store.getStudy(workspaceId, studies.support))?.archived).toBe(true);

    expect(await applyDemoSetting(true, deps(), dir, workspaceId)).toEqual(studies);
    expect(await liveIds()).toEqual(ids);
  });
});

describe('/ with the demo off', () => {
  const routes = () => new Hono<AppEnv>().route('/', staticAssetRoutes(null));

  it('redirects / to the console (a temporary redirect) and serves no demo files', async () => {
    const res = await routes().request('/');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/console');
    expect((await routes().request('/demo/demo.js')).status).toBe(404);
    expect((await routes().request('/console')).status).toBe(200);
  });

  it('serves the demo page when on', async () => {
    const on = new Hono<AppEnv>().route('/', staticAssetRoutes({ publishableKey: 'pk_test', studies: { support: 'st_a', onboarding: 'st_b' } }));
    const res = await on.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('/demo/demo.js');
  });
});
