/**
 * The embedded store at scale: memory (RSS and V8 heap) and start-up time with 10k and 100k sessions.
 * For each size, a child process writes the data through the store API (one workspace, 20 studies, each session
 * created, 3 turns committed = 7 stored turns, then completed), then fresh child processes open the directory again
 * and measure: time of openEmbeddedStore (snapshot + journal replay, and the fresh snapshot every start writes) and
 * memory after a forced GC, against the same process before opening. Each size is opened 3 times; the median is shown.
 * Usage: node --import tsx bench/embedded-store-scale.ts [--sizes 10000,100000] [--opens 3]
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openEmbeddedStore } from '../packages/api/src/store/embedded/embedded-store.ts';
import { storeFixtures } from '../packages/api/src/store/store.fixtures.ts';

const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'main' },
    dir: { type: 'string' },
    sessions: { type: 'string' },
    sizes: { type: 'string', default: '10000,100000' },
    opens: { type: 'string', default: '3' },
  },
});

const STUDIES = 20;
const COMMITS = 3;
const IN_FLIGHT = 500;

/** Writes `n` sessions through the store API, as the routes would, and records what it wrote next to the directory. */
async function fill(dir: string, n: number): Promise<void> {
  const store = await openEmbeddedStore(dir);
  const f = storeFixtures();
  const workspace = f.workspace();
  await store.createWorkspace(workspace, [f.credential(workspace.id, 'secret'), f.credential(workspace.id, 'publishable')]);
  const studies: string[] = [];
  for (let i = 0; i < STUDIES; i++) studies.push((await store.createStudy(f.study(workspace.id))).id);
  const started = performance.now();
  const one = async (i: number) => {
    let session = f.session(workspace.id, studies[i % STUDIES]!, { participant: { id: `user_${i}`, attributes: { plan: i % 3 ? 'pro' : 'free', seats: i % 50 } } });
    await store.createSession(session, f.openingTurns(), f.credential(workspace.id, 'session', session.id));
    for (let t = 0; t < COMMITS; t++) {
      const out = await store.commitTurn(workspace.id, session.id, f.commit(session));
      if (!out.ok) throw new Error(`commit refused: ${out.reason}`);
      session = out.session;
    }
    await store.endSession(workspace.id, session.id, { status: 'completed', endReason: 'completed', endedAt: f.at() });
  };
  for (let i = 0; i < n; i += IN_FLIGHT) {
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, n - i) }, (_, k) => one(i + k)));
  }
  const writeS = (performance.now() - started) / 1000;
  await store.close();
  await writeFile(`${dir}.json`, JSON.stringify({ workspaceId: workspace.id, studies, writes: n * (COMMITS + 2), writeS }));
}

/** Opens the directory in this (fresh) process and prints time and memory as one JSON line. */
async function measure(dir: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc!;
  const manifest = JSON.parse(await readFile(`${dir}.json`, 'utf8')) as { workspaceId: string; studies: string[] };
  gc();
  const before = process.memoryUsage();
  const started = performance.now();
  const store = await openEmbeddedStore(dir);
  const openMs = performance.now() - started;
  gc();
  gc();
  const after = process.memoryUsage();
  let sessions = 0;
  for (const id of manifest.studies) sessions += (await store.getStudy(manifest.workspaceId, id))!.stats.sessions;
  const snapshotBytes = (await stat(join(dir, 'snapshot.json'))).size;
  await store.close();
  const out: Measured = { openMs, sessions, snapshotBytes, rss: after.rss, heapUsed: after.heapUsed, rssBefore: before.rss, heapBefore: before.heapUsed };
  console.log(JSON.stringify(out));
}

/** What one `measure` child prints. */
interface Measured {
  openMs: number;
  sessions: number;
  snapshotBytes: number;
  rss: number;
  heapUsed: number;
  rssBefore: number;
  heapBefore: number;
}

const mib = (b: number) => (b / 1024 / 1024).toFixed(0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs this script in a child process with a role, returning what it printed. */
function child(role: string, dir: string, extra: string[] = []): string {
  const self = fileURLToPath(import.meta.url);
  return execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', self, '--role', role, '--dir', dir, ...extra], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
}

async function main(): Promise<void> {
  const sizes = values.sizes!.split(',').map(Number);
  const opens = Number(values.opens);
  const rows: string[] = [];
  for (const n of sizes) {
    const dir = await mkdtemp(join(tmpdir(), `parley-scale-${n}-`));
    try {
      child('fill', dir, ['--sessions', String(n)]);
      const manifest = JSON.parse(await readFile(`${dir}.json`, 'utf8')) as { writes: number; writeS: number };
      const runs = Array.from({ length: opens }, () => JSON.parse(child('measure', dir).trim().split('\n').pop()!) as Measured);
      const pick = runs.find((r) => r.openMs === median(runs.map((x) => x.openMs)))!;
      if (pick.sessions !== n) throw new Error(`expected ${n} sessions, found ${pick.sessions}`);
      rows.push(
        `| ${n.toLocaleString('en')} | ${n * (1 + 2 * COMMITS)} | ${mib(pick.snapshotBytes)} MiB | ${(pick.openMs / 1000).toFixed(2)} s ` +
          `(${runs.map((r) => (r.openMs / 1000).toFixed(2)).join(' / ')}) | ${mib(pick.rss)} MiB (+${mib(pick.rss - pick.rssBefore)}) | ` +
          `${mib(pick.heapUsed)} MiB (+${mib(pick.heapUsed - pick.heapBefore)}) | ${(manifest.writes / manifest.writeS).toFixed(0)} |`,
      );
      console.error(rows.at(-1));
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(`${dir}.json`, { force: true });
    }
  }
  console.log('| sessions | turns | snapshot | start-up (median; all runs) | RSS after open (+ over empty process) | heap used (+) | writes/s while filling |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

if (values.role === 'fill') await fill(values.dir!, Number(values.sessions));
else if (values.role === 'measure') await measure(values.dir!);
else await main();
