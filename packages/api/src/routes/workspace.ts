import { Hono } from 'hono';
import type { Workspace } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { notFound } from '../http/api-error.ts';
import { publicBaseUrl } from '../http/public-origin.ts';

/** `GET /v1/workspace` (secret key): the caller's own workspace, with the publishable key its embed snippets need. */
export function currentWorkspaceRoutes() {
  return new Hono<AppEnv>().get('/', authenticate('secret'), limitCaller(), async (c) => {
    const found = await c.var.deps.store.getWorkspace(workspaceOf(c.var.principal));
    if (!found) throw notFound('workspace', workspaceOf(c.var.principal));
    const apiUrl = publicBaseUrl(c);
    const widgetUrl = (c.var.deps.config.widgetBaseUrl ?? `${apiUrl}/widget`).replace(/\/$/, '');
    const body: Workspace = {
      id: found.id,
      name: found.name,
      allowedOrigins: found.allowedOrigins,
      publishableKey: found.publishableKey ?? null,
      createdAt: found.createdAt,
      embed: { apiUrl, widgetUrl },
    };
    return c.json(body);
  });
}
