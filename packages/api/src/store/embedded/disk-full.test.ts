import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { givenStudy, givenWorkspace } from '../contract/context.ts';
import { storeFixtures } from '../store.fixtures.ts';
import { StoreUnavailableError } from '../store.ts';
import { eventually, fillableDisk } from './disk-full.fixtures.ts';
import { type EmbeddedStore, openEmbeddedStore } from './embedded-store.ts';

const dirs: string[] = [];
const opened: EmbeddedStore[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close().catch(() => {})));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('EmbeddedStore when the disk fills up and frees again', () => {
  it.each(['ENOSPC', 'EIO'] as const)('refuses writes on %s, keeps none of them, and takes writes again once the disk does', async (fault) => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-full-'));
    dirs.push(dir);
    const { disk, options } = fillableDisk(fault);
    const seen: string[] = [];
    const store = await openEmbeddedStore(dir, { ...options, warn: (event) => void seen.push(event) });
    opened.push(store);
    const c = { store, f: storeFixtures() };
    const { workspace } = await givenWorkspace(c);
    const kept = await givenStudy(c, workspace.id);

    disk.full = true;
    const refused = c.f.study(workspace.id);
    const writes = [store.createStudy(refused), store.updateStudy(workspace.id, kept.id, { title: 'Never saved' })];
    for (const w of writes) await expect(w).rejects.toBeInstanceOf(StoreUnavailableError);
    // Repairs are retried meanwhile, and fail while the disk is still full: everything stays refused.
    await new Promise((r) => setTimeout(r, 60));
    await expect(store.getStudy(workspace.id, kept.id)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(seen).toContain('embedded_store_repair_failed');

    disk.full = false;
    await eventually(() => store.getWorkspace(workspace.id));
    expect(await store.getStudy(workspace.id, refused.id)).toBeNull();
    expect(await store.getStudy(workspace.id, kept.id)).toMatchObject({ title: kept.title });
    const later = await givenStudy(c, workspace.id);
    await store.close();

    const reopenedWarnings: string[] = [];
    const reopened = await openEmbeddedStore(dir, { warn: (event) => void reopenedWarnings.push(event) });
    opened.push(reopened);
    expect(await reopened.getStudy(workspace.id, later.id)).toMatchObject({ id: later.id });
    expect(await reopened.getStudy(workspace.id, refused.id)).toBeNull();
    expect(await reopened.getStudy(workspace.id, kept.id)).toMatchObject({ title: kept.title });
    // The half-written line of the refused write was cut off, not left for start-up to find.
    expect(reopenedWarnings).toEqual([]);
  });
});
