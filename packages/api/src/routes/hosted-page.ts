import { Hono, type Context } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { publicBaseUrl } from '../http/public-origin.ts';

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
 * The hosted interview page, the "share a link" channel — the widget full page, mobile-friendly: `GET /i/s/:studyId`
 * (a study's public link; `?participant=<id>` ties it to a known person) and `GET /i/:invitationId` (an invitation).
 */
export function hostedPageRoutes() {
  return new Hono<AppEnv>()
    .get('/i/s/:studyId', async (c) => {
      const studyId = c.req.param('studyId');
      const workspaceId = ID.test(studyId) ? await c.var.deps.store.findStudyWorkspace(studyId) : null;
      const participant = c.req.query('participant');
      return interviewPage(c, workspaceId, studyId, participant && participant.length <= 200 ? { participantId: participant } : {});
    })
    .get('/i/:invitationId', async (c) => {
      const id = c.req.param('invitationId');
      const invitation = ID.test(id) ? await c.var.deps.store.findInvitation(id) : null;
      if (!invitation || Date.parse(invitation.expiresAt) < c.var.deps.clock.now().getTime()) return interviewPage(c, null, '', {});
      return interviewPage(c, invitation.workspaceId, invitation.studyId, {
        invitationId: invitation.id,
        ...(invitation.participantId ? { participantId: invitation.participantId } : {}),
      });
    });
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Renders the full-page interview of a live study, or the "not available" page. */
async function interviewPage(c: Context<AppEnv>, workspaceId: string | null, studyId: string, who: { participantId?: string; invitationId?: string }) {
  const { store, config } = c.var.deps;
  // Links on the page point at the public address (PARLEY_PUBLIC_URL or a trusted proxy's), not the internal one.
  const base = publicBaseUrl(c);
  const origin = new URL(base).origin;
  const widgetBase = (config.widgetBaseUrl ?? `${base}/widget`).replace(/\/$/, '');
  const widgetOrigin = new URL(widgetBase, base).origin;
  c.header('content-security-policy', `default-src 'none'; script-src ${widgetOrigin}; connect-src ${origin}; img-src https: data:; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
  c.header('x-content-type-options', 'nosniff');
  c.header('cache-control', 'no-store');
  const study = workspaceId ? await store.getStudy(workspaceId, studyId) : null;
  const workspace = workspaceId ? await store.getWorkspace(workspaceId) : null;
  if (!study || study.status !== 'live' || !workspace?.publishableKey) {
    return c.html(page({ title: 'Interview not available', lang: 'en', widgetBase, body: '<main><h1>This interview is not available</h1><p>It may have ended, or the link is incomplete.</p></main>' }), 404);
  }
  const attrs: Record<string, string> = {
    mode: 'fullpage',
    study: study.id,
    'publishable-key': workspace.publishableKey,
    api: base,
    locale: study.plan.language,
    ...(who.participantId ? { 'participant-id': who.participantId } : {}),
    // The invitation also scopes the interview the widget saves in this browser: on a shared device, the next
    // person's link never opens the previous person's answers.
    ...(who.invitationId ? { invitation: who.invitationId } : {}),
  };
  const element = `<parley-interview ${Object.entries(attrs).map(([k, v]) => `${k}="${escapeHtml(v)}"`).join(' ')}></parley-interview>
<noscript>This interview needs JavaScript.</noscript>`;
  return c.html(page({ title: study.experience.title, lang: study.plan.language, widgetBase, body: element }));
}
