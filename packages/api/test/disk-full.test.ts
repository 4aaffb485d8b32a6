import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, fillableDisk } from '../src/store/embedded/disk-full.fixtures.ts';
import { openEmbeddedStore } from '../src/store/embedded/embedded-store.ts';
import { makeTestApp } from './harness.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('the API when the embedded store\'s disk fills up', () => {
  it('answers 503 upstream and is not ready while the disk is full, then recovers without a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-full-api-'));
    const { disk, options } = fillableDisk('ENOSPC');
    const store = await openEmbeddedStore(dir, { ...options, warn: () => {} });
    cleanups.push(() => rm(dir, { recursive: true, force: true }), () => store.close());
    const t = await makeTestApp({ store });
    cleanups.push(() => t.cleanup());
    const ws = await t.workspace();

    disk.full = true;
    const refused = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'Why do trials not convert?' } });
    expect(refused.status).toBe(503);
    expect(refused.json.error.type).toBe('upstream');
    await new Promise((r) => setTimeout(r, 50));
    const notReady = await t.call('GET', '/readyz');
    expect(notReady.status).toBe(503);
    expect(notReady.json.error.type).toBe('upstream');

    disk.full = false;
    await eventually(async () => {
      const ready = await t.call('GET', '/readyz');
      if (ready.status !== 200) throw new Error(`readyz ${ready.status}`);
    });
    const created = await t.call('POST', '/v1/studies', { key: ws.secretKey, body: { researchQuestion: 'What makes onboarding slow?' } });
    expect(created.status).toBe(201);
    const list = await t.call('GET', '/v1/studies', { key: ws.secretKey });
    expect(list.json.data.map((s: { id: string }) => s.id)).toEqual([created.json.id]);
  });
});
