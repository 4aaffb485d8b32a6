import type { DemoStudies } from './demo-studies.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The demo at `/`: a pretend help-desk app with the widget embedded through the loader, as a customer would. */
export function demoPage(info: { api: string; publishableKey: string; studies: DemoStudies }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Desk — Parley demo</title>
<link rel="stylesheet" href="/demo/demo.css">
<link rel="icon" href="data:,">
<script src="/widget/parley.js" defer></script>
<script src="/demo/demo.js" data-api="${esc(info.api)}" data-publishable-key="${esc(info.publishableKey)}" defer></script>
</head>
<body>
<header><strong>Acme Desk</strong><span>Signed in as Sam (demo)</span></header>
<main>
  <section>
    <h1>Your tickets</h1>
    <p class="note">This is a pretend product with Parley embedded. Each button is a moment from the product brief; Parley opens an interview at that moment, in the corner, like it would in your app.</p>
    <ul class="tickets">
      <li><span>#4821 · Charged twice for March</span><button type="button" id="solve">Mark solved</button></li>
      <li><span>#4822 · Export to CSV is slow</span><em>open</em></li>
    </ul>
  </section>
  <section>
    <h2>Other moments</h2>
    <button type="button" id="day30">Jump to onboarding day 30</button>
    <p>Share link (no embed needed): <a id="share" href="/i/s/${esc(info.studies.support)}">/i/s/${esc(info.studies.support)}</a></p>
    <p>Researchers: watch these interviews arrive in the <a id="console" href="/console">console</a> (sign in with the secret key <code>npm start</code> printed); the API reference is at <a href="/openapi.json">/openapi.json</a>.</p>
  </section>
</main>
</body>
</html>`;
}
