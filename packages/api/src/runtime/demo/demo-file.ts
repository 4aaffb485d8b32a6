import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureDemoStudies, type DemoStudies } from './demo-studies.ts';

/** Ensures the demo studies exist and remembers their ids in `<dataDir>/demo.json`. */
export async function loadDemoStudies(deps: Parameters<typeof ensureDemoStudies>[0], dataDir: string, workspaceId: string): Promise<DemoStudies> {
  const file = join(dataDir, 'demo.json');
  const saved = await readFile(file, 'utf8').then((t) => JSON.parse(t) as Partial<DemoStudies>, () => undefined);
  const studies = await ensureDemoStudies(deps, workspaceId, saved);
  await writeFile(file, JSON.stringify(studies, null, 2));
  return studies;
}
