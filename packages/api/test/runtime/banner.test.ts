import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBootstrapWorkspace } from '../../src/runtime/bootstrap.ts';
import { bannerLines } from '../../src/runtime/banner.ts';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { randomIds } from '../../src/platform/random-ids.ts';
import { manualClock } from '../harness.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function boot(dir: string, env: { secretKey?: string; publishableKey?: string; adminKey?: string } = {}) {
  const store = await openEmbeddedStore(join(dir, 'store'));
  try {
    const keys = await ensureBootstrapWorkspace(store, dir, env, randomIds(), manualClock());
    return { keys, text: bannerLines({ url: 'http://127.0.0.1:8787', keys, dataDir: dir, interviewer: 'offline', demo: false }).join('\n') };
  } finally {
    await store.close();
  }
}

describe('the start banner', () => {
  it('prints generated keys on the first start only, and says where they are kept afterwards', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-banner-'));
    dirs.push(dir);
    const first = await boot(dir);
    expect(first.text).toContain(first.keys.secretKey);
    expect(first.text).toContain(first.keys.publishableKey);
    expect(first.text).toContain(first.keys.adminKey);
    const second = await boot(dir);
    expect(second.keys.secretKey).toBe(first.keys.secretKey);
    expect(second.text).not.toContain(first.keys.secretKey);
    expect(second.text).not.toContain(first.keys.publishableKey);
    expect(second.text).not.toContain(first.keys.adminKey);
    expect(second.text).toContain(`${dir}/bootstrap.json`);
    // The file keeps the keys alone, not how this start came by them.
    expect(Object.keys(JSON.parse(await readFile(join(dir, 'bootstrap.json'), 'utf8'))).sort()).toEqual(['adminKey', 'publishableKey', 'secretKey', 'workspaceId']);
  });

  it('never prints keys that come from the environment, even on the first start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-banner-'));
    dirs.push(dir);
    const env = { secretKey: 'sk_from_the_environment_0001', publishableKey: 'pk_from_the_environment_0001' };
    const { keys, text } = await boot(dir, env);
    expect(text).not.toContain(env.secretKey);
    expect(text).not.toContain(env.publishableKey);
    expect(text).toContain('from PARLEY_SECRET_KEY');
    // The admin key was not in the environment: generated now, so shown this once.
    expect(text).toContain(keys.adminKey);
  });
});
