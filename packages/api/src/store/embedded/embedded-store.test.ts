import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { givenSession, givenStudy, givenWorkspace, mustGetSession } from '../contract/context.ts';
import { describeStoreContract } from '../store.contract.ts';
import { storeFixtures } from '../store.fixtures.ts';
import { type Store, StoreUnavailableError } from '../store.ts';
import { DataDirLockedError, type EmbeddedStore, type EmbeddedStoreOptions, openEmbeddedStore } from './embedded-store.ts';

const dirs: string[] = [];
const open_: EmbeddedStore[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-embedded-'));
  dirs.push(dir);
  return dir;
}

/** Opens a store that afterEach closes, whatever the test did. */
async function openStore(dir: string, opts?: EmbeddedStoreOptions): Promise<EmbeddedStore> {
  const store = await openEmbeddedStore(dir, opts);
  open_.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(open_.splice(0).map((s) => s.close().catch(() => {})));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describeStoreContract('embedded', async () => {
  const dir = await tempDir();
  const store = await openEmbeddedStore(dir);
  return { store, cleanup: () => store.close() };
});

/** A pid that belonged to a process which has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

/** Copies a data directory as a crash would leave it: files as they are, lock held by a process that is gone. */
async function crashCopy(dir: string): Promise<string> {
  const copy = await tempDir();
  await cp(dir, copy, { recursive: true });
  await writeFile(join(copy, 'LOCK'), `${deadPid()}\n`);
  return copy;
}

/** Fills a store with one of everything and returns a function reading it all back. */
async function fillStore(store: Store) {
  const c = { store, f: storeFixtures() };
  const { workspace, secret } = await givenWorkspace(c);
  const study = await givenStudy(c, workspace.id);
  const { session, token } = await givenSession(c, workspace.id, study.id);
  const commit = await store.commitTurn(workspace.id, session.id, c.f.commit(session));
  if (!commit.ok) throw new Error('commit failed');
  const { session: ended } = await givenSession(c, workspace.id, study.id);
  await store.endSession(workspace.id, ended.id, { status: 'completed', endReason: 'completed', endedAt: c.f.at() });
  await store.updateStudy(workspace.id, study.id, { title: 'Renamed' });
  const claim = await store.claimIdempotencyKey(secret.hash, 'key-1', 'fp-1', Date.now(), 60_000);
  if (claim.state !== 'claimed') throw new Error('expected a claim');
  await store.completeIdempotencyKey(secret.hash, 'key-1', { status: 201, body: { id: study.id } }, claim.claimId);
  return async (s: Store) => ({
    workspace: await s.getWorkspace(workspace.id),
    secret: await s.findCredential(secret.hash),
    token: await s.findCredential(token.hash),
    studies: await s.listStudies(workspace.id, { limit: 10 }),
    sessions: await s.listSessions(workspace.id, {}, { limit: 10 }),
    key: await s.claimIdempotencyKey(secret.hash, 'key-1', 'fp-1', Date.now(), 60_000),
  });
}

describe('EmbeddedStore durability', () => {
  it('keeps everything across close and reopen', async () => {
    const dir = await tempDir();
    const first = await openStore(dir);
    const readAll = await fillStore(first);
    const before = await readAll(first);
    expect(before.studies.data[0]!.stats).toMatchObject({ sessions: 2, completed: 1 });
    await first.close();
    expect(await readAll(await openStore(dir))).toEqual(before);
  });

  it('keeps every acknowledged write when the process dies without closing', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const c = { store, f: storeFixtures() };
    const { workspace } = await givenWorkspace(c);
    const study = await givenStudy(c, workspace.id);
    let { session } = await givenSession(c, workspace.id, study.id);
    const copies: { dir: string; version: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const outcome = await store.commitTurn(workspace.id, session.id, c.f.commit(session));
      if (!outcome.ok) throw new Error('commit failed');
      session = outcome.session;
      copies.push({ dir: await crashCopy(dir), version: session.version });
    }
    for (const copy of copies) {
      const reopened = await openStore(copy.dir);
      const read = await mustGetSession(reopened, workspace.id, session.id);
      expect(read.session.version).toBe(copy.version);
      expect(read.turns).toEqual((await mustGetSession(store, workspace.id, session.id)).turns.slice(0, 1 + 2 * (copy.version - 1)));
    }
  });

  it('ignores a torn last journal line and keeps everything before it', async () => {
    const dir = await tempDir();
    const first = await openStore(dir);
    const readAll = await fillStore(first);
    const before = await readAll(first);
    await first.close();
    await appendFile(join(dir, 'journal.log'), '{"op":"study","study":{"id":"st_torn","workspaceId":');
    const second = await openStore(dir);
    expect(await readAll(second)).toEqual(before);
    // The reopened store writes on from a clean journal.
    const study = await givenStudy({ store: second, f: storeFixtures() }, before.workspace!.id);
    await second.close();
    const third = await openStore(dir);
    expect(await third.getStudy(before.workspace!.id, study.id)).toMatchObject({ id: study.id });
  });

  it('ignores unreadable complete lines at the very end, but refuses damage followed by intact lines', async () => {
    const dir = await tempDir();
    const first = await openStore(dir);
    const c = { store: first, f: storeFixtures() };
    const { workspace } = await givenWorkspace(c);
    const a = await givenStudy(c, workspace.id);
    await first.close();
    const journal = join(dir, 'journal.log');
    const good = (await readFile(journal, 'utf8')).trimEnd().split('\n');
    await writeFile(journal, good.join('\n') + '\n\0\0\0\n');
    expect(await (await openStore(dir)).getStudy(workspace.id, a.id)).toMatchObject({ id: a.id });
    await open_.pop()!.close();

    const dir2 = await tempDir();
    const store2 = await openStore(dir2);
    const c2 = { store: store2, f: storeFixtures() };
    const ws2 = await givenWorkspace(c2);
    await givenStudy(c2, ws2.workspace.id);
    await givenStudy(c2, ws2.workspace.id);
    await store2.close();
    const lines = (await readFile(join(dir2, 'journal.log'), 'utf8')).trimEnd().split('\n');
    lines[2] = lines[2]!.slice(0, 10);
    await writeFile(join(dir2, 'journal.log'), lines.join('\n') + '\n');
    await expect(openEmbeddedStore(dir2)).rejects.toThrow(/damaged at line 3/);
  });

  it('refuses a second open of the same directory while the first is open', async () => {
    const dir = await tempDir();
    const first = await openStore(dir);
    const err = await openEmbeddedStore(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirLockedError);
    expect((err as Error).message).toContain(`in use by process ${process.pid}`);
    await first.close();
    await expect(openStore(dir)).resolves.toBeDefined();
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'LOCK'), `${deadPid()}\n`);
    const store = await openStore(dir);
    expect((await readFile(join(dir, 'LOCK'), 'utf8')).trim()).toBe(String(process.pid));
    await store.close();
  });
});

describe('EmbeddedStore lists', () => {
  it('answers a cursor it did not make with an empty last page', async () => {
    const store = await openStore(await tempDir());
    const c = { store, f: storeFixtures() };
    const { workspace } = await givenWorkspace(c);
    await givenStudy(c, workspace.id);
    expect(await store.listStudies(workspace.id, { limit: 10, cursor: 'not-a-cursor' })).toEqual({ data: [], nextCursor: null });
  });
});

describe('EmbeddedStore compaction', () => {
  it('compacts a growing journal while writes go on, losing nothing', async () => {
    const dir = await tempDir();
    const store = await openStore(dir, { compactAtBytes: 16 * 1024 });
    const c = { store, f: storeFixtures() };
    const { workspace } = await givenWorkspace(c);
    const study = await givenStudy(c, workspace.id);
    const sessions = await Promise.all(Array.from({ length: 20 }, () => givenSession(c, workspace.id, study.id)));
    await Promise.all(
      sessions.map(async ({ session }) => {
        let current = session;
        for (let i = 0; i < 8; i++) {
          const outcome = await store.commitTurn(workspace.id, current.id, c.f.commit(current));
          if (!outcome.ok) throw new Error(`commit failed: ${outcome.reason}`);
          current = outcome.session;
        }
      }),
    );
    const all = async (s: Store) => ({
      study: await s.getStudy(workspace.id, study.id),
      sessions: await s.listSessions(workspace.id, {}, { limit: 100 }),
    });
    const before = await all(store);
    expect(before.sessions.data.every((s) => s.session.version === 9 && s.turns.length === 17)).toBe(true);
    const snapshot = await readFile(join(dir, 'snapshot.json'), 'utf8');
    expect(JSON.parse(snapshot).nextEpoch).toBeGreaterThan(1);
    await store.close();
    expect(await all(await openStore(dir))).toEqual(before);
  });

  it('recovers from a crash at either step of a compaction', async () => {
    const dir = await tempDir();
    const midway = await tempDir();
    const acknowledged = new Map<string, number>();
    let atRotation: Map<string, number> | null = null;
    let opened = 0;
    // The journal opener runs right after the journal was switched and before the snapshot is written:
    // a copy taken there is the directory as a crash at that moment would leave it.
    const openJournalFile: NonNullable<EmbeddedStoreOptions['openJournalFile']> = async (path) => {
      if (++opened === 2) {
        atRotation = new Map(acknowledged);
        await cp(dir, midway, { recursive: true });
        await writeFile(join(midway, 'LOCK'), `${deadPid()}\n`);
      }
      return open(path, 'a');
    };
    const store = await openStore(dir, { compactAtBytes: 8 * 1024, openJournalFile });
    const c = { store, f: storeFixtures() };
    const { workspace } = await givenWorkspace(c);
    const study = await givenStudy(c, workspace.id);
    const sessions = await Promise.all(Array.from({ length: 5 }, () => givenSession(c, workspace.id, study.id)));
    await Promise.all(
      sessions.map(async ({ session }) => {
        let current = session;
        for (let i = 0; i < 6; i++) {
          const outcome = await store.commitTurn(workspace.id, current.id, c.f.commit(current));
          if (!outcome.ok) throw new Error(outcome.reason);
          current = outcome.session;
          acknowledged.set(current.id, current.version);
        }
      }),
    );
    const final = await store.listSessions(workspace.id, {}, { limit: 10 });
    await store.close();
    expect(atRotation).not.toBeNull();
    expect(await readFile(join(midway, 'journal.prev.log'), 'utf8')).toMatch(/"epoch":1,/);
    const leftover = await readFile(join(midway, 'journal.prev.log'));

    // Crash after the journal switched, before the snapshot: both journals replay.
    const mid = await openStore(midway);
    for (const s of (await mid.listSessions(workspace.id, {}, { limit: 10 })).data) {
      expect(s.session.version).toBeGreaterThanOrEqual(atRotation!.get(s.session.id) ?? 1);
      expect(s.turns).toHaveLength(1 + 2 * (s.session.version - 1));
      expect(new Set(s.turns.map((t) => t.id)).size).toBe(s.turns.length);
    }
    expect((await mid.getStudy(workspace.id, study.id))!.stats).toMatchObject({ sessions: 5, completed: 0 });

    // Crash after the snapshot, before the old journal was deleted: the snapshot covers it, so it must not replay.
    await writeFile(join(dir, 'journal.prev.log'), leftover);
    expect((await (await openStore(dir)).listSessions(workspace.id, {}, { limit: 10 }))).toEqual(final);
  });

  it('purges expired idempotency keys at compaction and keeps live ones', async () => {
    const dir = await tempDir();
    let now = 1_000_000;
    const store = await openStore(dir, { now: () => now });
    await store.claimIdempotencyKey('cred', 'short-lived', 'fp-1', now, 1000);
    await store.claimIdempotencyKey('cred', 'long-lived', 'fp-2', now, 60_000);
    await store.close();
    now += 5000;
    const reopened = await openStore(dir, { now: () => now });
    const snapshot = await readFile(join(dir, 'snapshot.json'), 'utf8');
    expect(snapshot).not.toContain('short-lived');
    expect(snapshot).toContain('long-lived');
    expect(await reopened.claimIdempotencyKey('cred', 'long-lived', 'fp-x', now, 60_000)).toEqual({ state: 'pending', fingerprint: 'fp-2' });
    expect(await reopened.claimIdempotencyKey('cred', 'short-lived', 'fp-x', now, 60_000)).toMatchObject({ state: 'claimed' });
  });
});

/** A journal opener whose writes and fdatasyncs can be made to fail or wait. */
function faultyJournal() {
  const faults = { write: false, sync: false, hold: null as Promise<void> | null };
  const openJournalFile: NonNullable<EmbeddedStoreOptions['openJournalFile']> = async (path) => {
    const handle = await open(path, 'a');
    return {
      write: (buf, off, len) => (faults.write ? Promise.reject(new Error('EIO: injected write failure')) : handle.write(buf, off, len)),
      datasync: async () => {
        if (faults.hold) await faults.hold;
        if (faults.sync) throw new Error('EIO: injected fdatasync failure');
        await handle.datasync();
      },
      close: () => handle.close(),
    };
  };
  return { faults, openJournalFile };
}

describe('EmbeddedStore when the disk fails', () => {
  it('rejects a write whose fdatasync fails, and everything after it, with StoreUnavailableError', async () => {
    const dir = await tempDir();
    const { faults, openJournalFile } = faultyJournal();
    const store = await openStore(dir, { openJournalFile });
    const c = { store, f: storeFixtures() };
    const { workspace } = await givenWorkspace(c);
    const kept = await givenStudy(c, workspace.id);

    faults.sync = true;
    const writes = [c.f.study(workspace.id), c.f.study(workspace.id)].map((s) => store.createStudy(s));
    const read = store.getStudy(workspace.id, kept.id);
    for (const p of [...writes, read]) await expect(p).rejects.toBeInstanceOf(StoreUnavailableError);
    faults.sync = false;
    await expect(store.getStudy(workspace.id, kept.id)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.createStudy(c.f.study(workspace.id))).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.claimIdempotencyKey('cred', 'k', 'fp', 0, 1000)).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();

    const reopened = await openStore(dir);
    expect(await reopened.getStudy(workspace.id, kept.id)).toMatchObject({ id: kept.id });
  });

  it('acknowledges nothing of a write that never reached the disk', async () => {
    const dir = await tempDir();
    const { faults, openJournalFile } = faultyJournal();
    const store = await openStore(dir, { openJournalFile });
    const c = { store, f: storeFixtures() };
    const { workspace } = await givenWorkspace(c);
    faults.write = true;
    const lost = c.f.study(workspace.id);
    await expect(store.createStudy(lost)).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
    const reopened = await openStore(dir);
    expect(await reopened.getWorkspace(workspace.id)).toEqual(workspace);
    expect(await reopened.getStudy(workspace.id, lost.id)).toBeNull();
  });

  it('answers a read only once the writes before it are durable, and without writes issued after it', async () => {
    const dir = await tempDir();
    const { faults, openJournalFile } = faultyJournal();
    const store = await openStore(dir, { openJournalFile });
    const c = { store, f: storeFixtures() };
    const { workspace } = await givenWorkspace(c);
    let release!: () => void;
    faults.hold = new Promise((r) => (release = r));
    const first = c.f.study(workspace.id);
    let readDone = false;
    const write = store.createStudy(first);
    const read = store.listStudies(workspace.id, { limit: 10 }).then((p) => ((readDone = true), p));
    const later = store.createStudy(c.f.study(workspace.id));
    try {
      await new Promise((r) => setTimeout(r, 50));
      expect(readDone).toBe(false);
    } finally {
      faults.hold = null;
      release();
    }
    await write;
    expect((await read).data.map((s) => s.id)).toEqual([first.id]);
    await later;
  });
});

describe('EmbeddedStore throughput', () => {
  it('commits hundreds of turns per second through group commit', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const c = { store, f: storeFixtures() };
    const { workspace } = await givenWorkspace(c);
    const study = await givenStudy(c, workspace.id);
    const sessions = await Promise.all(Array.from({ length: 50 }, () => givenSession(c, workspace.id, study.id)));
    const started = performance.now();
    await Promise.all(
      sessions.map(async ({ session }) => {
        let current = session;
        for (let i = 0; i < 10; i++) {
          const outcome = await store.commitTurn(workspace.id, current.id, c.f.commit(current));
          if (!outcome.ok) throw new Error(outcome.reason);
          current = outcome.session;
        }
      }),
    );
    const perSecond = 500 / ((performance.now() - started) / 1000);
    expect(perSecond).toBeGreaterThan(200);
  });
});
