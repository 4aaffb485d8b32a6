import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The page around the widget: no inline script or style, so it runs under a strict Content-Security-Policy. */
function page(c: { title: string; body: string; widgetBase: string; lang: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(c.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(c.title)}</title>
<script type="module" src="${escapeHtml(c.widgetBase)}/parley-interview.js"></script>
</head>
<body>
${c.body}
</body>
</html>`;
}

/**
 * `GET /i/s/:studyId`: the hosted interview page, the "share a link" channel — the widget full page, mobile-friendly.
 * `?participant=<id>` ties the interview to a known person.
 */
export function hostedPageRoutes() {
  return new Hono<AppEnv>().get('/i/s/:studyId', async (c) => {
    const { store, config } = c.var.deps;
    const studyId = c.req.param('studyId');
    const origin = new URL(c.req.url).origin;
    const widgetBase = (config.widgetBaseUrl ?? `${origin}/widget`).replace(/\/$/, '');
    const widgetOrigin = new URL(widgetBase, origin).origin;
    c.header('content-security-policy', `default-src 'none'; script-src ${widgetOrigin}; connect-src ${origin}; img-src https: data:; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
    c.header('x-content-type-options', 'nosniff');
    c.header('cache-control', 'no-store');
    const workspaceId = /^[A-Za-z0-9_-]{1,100}$/.test(studyId) ? await store.findStudyWorkspace(studyId) : null;
    const study = workspaceId ? await store.getStudy(workspaceId, studyId) : null;
    const workspace = workspaceId ? await store.getWorkspace(workspaceId) : null;
    if (!study || study.status !== 'live' || !workspace?.publishableKey) {
      return c.html(page({ title: 'Interview not available', lang: 'en', widgetBase, body: '<main><h1>This interview is not available</h1><p>It may have ended, or the link is incomplete.</p></main>' }), 404);
    }
    const participant = c.req.query('participant');
    const attrs: Record<string, string> = {
      mode: 'fullpage',
      study: study.id,
      'publishable-key': workspace.publishableKey,
      api: origin,
      locale: study.plan.language,
      ...(participant && participant.length <= 200 ? { 'participant-id': participant } : {}),
    };
    const element = `<parley-interview ${Object.entries(attrs).map(([k, v]) => `${k}="${escapeHtml(v)}"`).join(' ')}></parley-interview>
<noscript>This interview needs JavaScript.</noscript>`;
    return c.html(page({ title: study.experience.title, lang: study.plan.language, widgetBase, body: element }));
  });
}
