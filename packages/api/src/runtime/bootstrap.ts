import { mkdir, readFile, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { IdGenerator, Clock } from '../deps.ts';
import type { Store } from '../store/store.ts';
import { hashCredential } from '../auth/hash-credential.ts';

/** The keys of the workspace `npm start` creates so a newcomer can work at once. */
export interface BootstrapKeys {
  workspaceId: string;
  adminKey: string;
  secretKey: string;
  publishableKey: string;
}

/**
 * Ensures the bootstrap workspace exists. Keys come from the environment when set, else they are generated once and
 * kept in `<dataDir>/bootstrap.json` (mode 600) so every start prints the same keys.
 */
export async function ensureBootstrapWorkspace(
  store: Store,
  dataDir: string,
  env: { adminKey?: string; secretKey?: string; publishableKey?: string },
  ids: IdGenerator,
  clock: Clock,
): Promise<BootstrapKeys> {
  const file = join(dataDir, 'bootstrap.json');
  const saved = await readSaved(file);
  const keys: BootstrapKeys = {
    workspaceId: saved?.workspaceId ?? ids.id('ws'),
    adminKey: env.adminKey ?? saved?.adminKey ?? ids.secret('ak'),
    secretKey: env.secretKey ?? saved?.secretKey ?? ids.secret('sk'),
    publishableKey: env.publishableKey ?? saved?.publishableKey ?? ids.secret('pk'),
  };
  const secretHash = await hashCredential(keys.secretKey);
  const known = await store.findCredential(secretHash);
  if (known) {
    keys.workspaceId = known.workspaceId;
  } else {
    // Keys given in the environment that the store has not seen get a workspace of their own.
    if (saved && env.secretKey && env.secretKey !== saved.secretKey) keys.workspaceId = ids.id('ws');
    await store.createWorkspace(
      { id: keys.workspaceId, name: 'Default workspace', allowedOrigins: [], createdAt: clock.now().toISOString(), publishableKey: keys.publishableKey },
      [
        { hash: secretHash, kind: 'secret', workspaceId: keys.workspaceId },
        { hash: await hashCredential(keys.publishableKey), kind: 'publishable', workspaceId: keys.workspaceId },
      ],
    );
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const tmp = `${file}.tmp`;
  await writeFile(tmp, JSON.stringify(keys, null, 2), { mode: 0o600 });
  await rename(tmp, file);
  return keys;
}

async function readSaved(file: string): Promise<Partial<BootstrapKeys> | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<BootstrapKeys>;
    return typeof parsed === 'object' && parsed ? parsed : null;
  } catch {
    return null;
  }
}
