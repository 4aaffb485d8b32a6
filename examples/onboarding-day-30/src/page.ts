import { daysSince, type User } from './users.ts';

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The product's page for a signed-in user. The only Parley code is the loader's script tag: its data attributes say
 * who the user is, with `signedUpAt` among the attributes, and the loader asks Parley whether an interview is due —
 * on day 30 it is. No inline script, so the page runs under a strict Content-Security-Policy.
 */
export function productPage(o: { user: User; users: User[]; parleyUrl: string; publishableKey: string; now: Date }): string {
  const { user } = o;
  const attributes = JSON.stringify({ signedUpAt: user.signedUpAt, plan: user.plan });
  const others = o.users.map((u) => `<a href="/?user=${encodeURIComponent(u.id)}"${u.id === user.id ? ' aria-current="page"' : ''}>${escape(u.name)} (day ${daysSince(u, o.now)})</a>`).join(' · ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Analytics</title>
<link rel="stylesheet" href="/app.css">
<script src="${escape(o.parleyUrl)}/widget/parley.js" defer
        data-api="${escape(o.parleyUrl)}"
        data-publishable-key="${escape(o.publishableKey)}"
        data-participant-id="${escape(user.id)}"
        data-attributes="${escape(attributes)}"></script>
</head>
<body>
<header><strong>Acme Analytics</strong> <span>Signed in as ${escape(user.name)} · ${escape(user.plan)} plan · day ${daysSince(user, o.now)}</span></header>
<main>
  <h1>Welcome back, ${escape(user.name)}</h1>
  <p>Your dashboards are up to date.</p>
  <p class="switch">Try another user: ${others}</p>
</main>
</body>
</html>`;
}
