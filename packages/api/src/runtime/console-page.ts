/** The console's HTML shell: the bundle and stylesheet only, no inline script or style (it runs under a strict CSP). */
export function consolePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Parley console</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/console/console.css">
<script type="module" src="/console/console.js"></script>
</head>
<body>
<div id="parley-console"></div>
<noscript>The Parley console needs JavaScript.</noscript>
</body>
</html>`;
}

/**
 * The console's Content-Security-Policy: its own scripts, styles and API only. `https:` images are allowed because the
 * widget preview shows the researcher's avatar URL.
 */
export const CONSOLE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https: data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
