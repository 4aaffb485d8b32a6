import { appendFile, copyFile, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { givenStudy, givenWorkspace } from '../contract/context.ts';
import { storeFixtures } from '../store.fixtures.ts';
import { DataDirDamagedError, type EmbeddedStore, type EmbeddedStoreOptions, openEmbeddedStore } from './embedded-store.ts';

const dirs: string[] = [];
const opened: EmbeddedStore[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-damaged-'));
  dirs.push(dir);
  return dir;
}

async function openStore(dir: string, opts?: EmbeddedStoreOptions): Promise<EmbeddedStore> {
  const store = await openEmbeddedStore(dir, opts);
  opened.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close().catch(() => {})));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** Warnings a store reported, kept for assertions. */
function warnings() {
  const seen: { event: string; fields: Record<string, unknown> }[] = [];
  return { seen, warn: (event: string, fields: Record<string, unknown>) => void seen.push({ event, fields }) };
}

/** A directory whose journal holds a workspace and three studies (lines 2 to 5) after its snapshot. */
async function journalWithData() {
  const dir = await tempDir();
  const store = await openStore(dir);
  const c = { store, f: storeFixtures() };
  const { workspace } = await givenWorkspace(c);
  const studies = [await givenStudy(c, workspace.id), await givenStudy(c, workspace.id), await givenStudy(c, workspace.id)];
  await opened.pop()!.close();
  const journal = join(dir, 'journal.log');
  const lines = (await readFile(journal, 'utf8')).trimEnd().split('\n');
  expect(lines).toHaveLength(5);
  return { dir, journal, lines, workspace, studies };
}

/** Changes one character inside a JSON string of `line`, so it still parses but says something else. */
function flipInside(line: string): string {
  const at = line.indexOf('"title":"') + 9;
  return line.slice(0, at) + (line[at] === 'X' ? 'Y' : 'X') + line.slice(at + 1);
}

describe('EmbeddedStore on a damaged data directory', () => {
  it('refuses a journal whose snapshot is missing, saying which file and how to recover', async () => {
    const { dir } = await journalWithData();
    await rm(join(dir, 'snapshot.json'));
    const err = await openEmbeddedStore(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirDamagedError);
    expect((err as Error).message).toContain('snapshot.json');
    expect((err as Error).message).toMatch(/restore snapshot\.json from a backup.*PARLEY_RECOVER=truncate/);
  });

  it('loads what the journal holds when told to accept a missing snapshot', async () => {
    const { dir, workspace, studies } = await journalWithData();
    await rm(join(dir, 'snapshot.json'));
    const w = warnings();
    const store = await openStore(dir, { recover: 'truncate', warn: w.warn });
    expect(await store.getStudy(workspace.id, studies[2]!.id)).toMatchObject({ id: studies[2]!.id });
    expect(w.seen.map((s) => s.event)).toContain('embedded_store_snapshot_missing');
  });

  it('refuses a snapshot older than the journal needs (an old copy put back)', async () => {
    const dir = await tempDir();
    await (await openStore(dir)).close();
    await copyFile(join(dir, 'snapshot.json'), join(dir, 'old-snapshot'));
    const store = await openStore(dir);
    await givenWorkspace({ store, f: storeFixtures() });
    await store.close();
    await (await openStore(dir)).close();
    await copyFile(join(dir, 'old-snapshot'), join(dir, 'snapshot.json'));
    await expect(openEmbeddedStore(dir)).rejects.toThrow(/snapshot\.json is older \(generation 1\) than journal\.log needs \(3\)/);
  });

  it('refuses an empty (0-byte) journal', async () => {
    const { dir, journal } = await journalWithData();
    await truncate(journal, 0);
    const err = await openEmbeddedStore(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirDamagedError);
    expect((err as Error).message).toMatch(/journal\.log is empty \(0 bytes\)/);
  });

  it('refuses a damaged line that still parses, when lines follow it', async () => {
    const { dir, journal, lines } = await journalWithData();
    lines[2] = flipInside(lines[2]!);
    await writeFile(journal, lines.join('\n') + '\n');
    const err = await openEmbeddedStore(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirDamagedError);
    expect((err as Error).message).toMatch(/journal\.log is damaged at line 3.*restore the data directory from a backup/);
  });

  it('drops a torn last line with a warning, and never applies a damaged last line', async () => {
    const { dir, journal, lines, workspace, studies } = await journalWithData();
    lines[4] = flipInside(lines[4]!);
    await writeFile(journal, lines.join('\n') + '\n');
    const w = warnings();
    const store = await openStore(dir, { warn: w.warn });
    expect(await store.getStudy(workspace.id, studies[1]!.id)).toMatchObject({ title: studies[1]!.title });
    expect(await store.getStudy(workspace.id, studies[2]!.id)).toBeNull();
    expect(w.seen).toContainEqual({ event: 'embedded_store_torn_tail_dropped', fields: { file: 'journal.log', line: 5, complete: true } });
    await store.close();

    await appendFile(journal, '0badc0de {"op":"study","study":{"id":"st_torn"');
    const w2 = warnings();
    await openStore(dir, { warn: w2.warn });
    expect(w2.seen.map((s) => s.event)).toEqual(['embedded_store_torn_tail_dropped']);
  });

  it('keeps the good prefix under PARLEY_RECOVER=truncate, and a copy of the damaged journal', async () => {
    const { dir, journal, lines, workspace, studies } = await journalWithData();
    lines[3] = flipInside(lines[3]!);
    await writeFile(journal, lines.join('\n') + '\n');
    const w = warnings();
    const store = await openStore(dir, { recover: 'truncate', warn: w.warn });
    expect(await store.getStudy(workspace.id, studies[0]!.id)).toMatchObject({ id: studies[0]!.id });
    expect(await store.getStudy(workspace.id, studies[1]!.id)).toBeNull();
    expect(await store.getStudy(workspace.id, studies[2]!.id)).toBeNull();
    expect(w.seen.map((s) => s.event)).toEqual(['embedded_store_damage_truncated']);
    const copies = (await readdir(dir)).filter((f) => f.startsWith('journal.log.damaged-'));
    expect(copies).toHaveLength(1);
    expect(await readFile(join(dir, copies[0]!), 'utf8')).toBe(lines.join('\n') + '\n');
  });

  it('refuses a bad last line in the retired journal: only the current journal is appended to', async () => {
    const { dir, journal, lines } = await journalWithData();
    lines[4] = lines[4]!.slice(0, 20);
    await writeFile(join(dir, 'journal.prev.log'), lines.join('\n') + '\n');
    // The current journal follows it, as after a crash between the journal switch and the new snapshot.
    const epoch = JSON.parse(lines[0]!.slice(9)).epoch as number;
    const { headerLine } = await import('./journal-format.ts');
    await writeFile(journal, headerLine(epoch + 1, epoch) + '\n');
    await expect(openEmbeddedStore(dir)).rejects.toThrow(/journal\.prev\.log is damaged at its last line 5/);
  });

  it('still loads a journal written before lines had checksums (format 1), and still refuses damage in it', async () => {
    /** Rewrites a directory's journal as format 1: a version-1 header and bare JSON lines. */
    const asFormat1 = (lines: string[]) => {
      const { epoch } = JSON.parse(lines[0]!.slice(9)) as { epoch: number };
      return [JSON.stringify({ journal: 1, epoch }), ...lines.slice(1).map((l) => l.slice(9))];
    };
    const good = await journalWithData();
    await writeFile(good.journal, asFormat1(good.lines).join('\n') + '\n');
    const store = await openStore(good.dir);
    expect(await store.getStudy(good.workspace.id, good.studies[2]!.id)).toMatchObject({ id: good.studies[2]!.id });

    const bad = await journalWithData();
    const broken = asFormat1(bad.lines);
    broken[2] = broken[2]!.slice(0, 10);
    await writeFile(bad.journal, broken.join('\n') + '\n');
    await expect(openEmbeddedStore(bad.dir)).rejects.toThrow(/damaged at line 3/);
  });
});
