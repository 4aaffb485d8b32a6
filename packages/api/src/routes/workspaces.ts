import { Hono } from 'hono';
import { CreateWorkspaceRequest, type CreatedWorkspace } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate } from '../auth/authenticate.ts';
import { idempotent } from '../http/idempotency.ts';
import { readJson } from '../http/read-json.ts';
import { hashCredential } from '../auth/hash-credential.ts';

/** `POST /v1/workspaces` (admin key): a workspace and its keys, shown only in this response. */
export function workspaceRoutes() {
  return new Hono<AppEnv>().post('/', authenticate('admin'), idempotent(), async (c) => {
    const input = await readJson(c, CreateWorkspaceRequest);
    const { store, ids, clock } = c.var.deps;
    const secretKey = ids.secret('sk');
    const publishableKey = ids.secret('pk');
    const workspace = { id: ids.id('ws'), name: input.name, allowedOrigins: input.allowedOrigins ?? [], createdAt: clock.now().toISOString(), publishableKey };
    await store.createWorkspace(workspace, [
      { hash: await hashCredential(secretKey), kind: 'secret', workspaceId: workspace.id },
      { hash: await hashCredential(publishableKey), kind: 'publishable', workspaceId: workspace.id },
    ]);
    const body: CreatedWorkspace = { id: workspace.id, name: workspace.name, allowedOrigins: workspace.allowedOrigins, createdAt: workspace.createdAt, secretKey, publishableKey };
    return c.json(body, 201);
  });
}
