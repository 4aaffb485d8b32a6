import { Hono } from 'hono';
import { ExportQuery } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { readQuery } from '../http/read-json.ts';
import { notFound } from '../http/api-error.ts';
import { analysisOf } from '../analysis/analysis.ts';
import { collectExport } from '../analysis/export/collect-export.ts';
import { exportCsv } from '../analysis/export/export-csv.ts';
import { exportMarkdown } from '../analysis/export/export-markdown.ts';

/** `GET /v1/studies/:id/export?format=json|csv|md` (secret key): every transcript with its analysis, and the insights. */
export function exportRoutes() {
  return new Hono<AppEnv>().get('/:id/export', authenticate('secret'), limitCaller(), async (c) => {
    const { format } = readQuery(c, ExportQuery);
    const deps = c.var.deps;
    const id = c.req.param('id');
    const workspaceId = workspaceOf(c.var.principal);
    const study = await deps.store.getStudy(workspaceId, id);
    const view = study && (await analysisOf(deps).view(deps, workspaceId, id));
    if (!study || !view) throw notFound('study', id);
    const data = await collectExport(deps, study, view);
    const file = `parley-${study.id}`;
    if (format === 'csv') {
      return c.body(exportCsv(data), 200, { 'content-type': 'text/csv; charset=utf-8; header=present', 'content-disposition': `attachment; filename="${file}.csv"` });
    }
    if (format === 'md') {
      return c.body(exportMarkdown(data), 200, { 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': `attachment; filename="${file}.md"` });
    }
    c.header('content-disposition', `attachment; filename="${file}.json"`);
    return c.json(data);
  });
}
