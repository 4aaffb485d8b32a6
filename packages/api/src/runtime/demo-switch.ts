import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Store } from '../store/store.ts';
import { loadDemoStudies } from './demo/demo-file.ts';
import type { DemoStudies } from './demo/demo-studies.ts';

type DemoDeps = Parameters<typeof loadDemoStudies>[0] & { store: Store };

/**
 * Applies PARLEY_DEMO at start-up. On: the demo studies exist and are not archived (a start with the demo off may have
 * archived them), and their ids are returned for the demo page. Off: no demo study is created, and those an earlier
 * start created (listed in `<dataDir>/demo.json`) are archived, so a deployment that once shipped them live stops
 * offering them; archived, not deleted, because real people may have answered them. Returns null when off.
 */
export async function applyDemoSetting(on: boolean, deps: DemoDeps, dataDir: string, workspaceId: string): Promise<DemoStudies | null> {
  if (on) {
    const studies = await loadDemoStudies(deps, dataDir, workspaceId);
    await setArchived(deps.store, workspaceId, Object.values(studies), false, deps.clock.now());
    return studies;
  }
  const saved = await readFile(join(dataDir, 'demo.json'), 'utf8').then((t) => JSON.parse(t) as unknown, () => null);
  const ids = saved && typeof saved === 'object' ? Object.values(saved).filter((v): v is string => typeof v === 'string') : [];
  await setArchived(deps.store, workspaceId, ids, true, deps.clock.now());
  return null;
}

async function setArchived(store: Store, workspaceId: string, ids: string[], archived: boolean, now: Date): Promise<void> {
  for (const id of ids) {
    const study = await store.getStudy(workspaceId, id);
    if (study && (study.archived ?? false) !== archived) await store.updateStudy(workspaceId, id, { archived, updatedAt: now.toISOString() });
  }
}
