/**
 * The demo page's Content-Security-Policy: like a careful customer's page, it allows only its own scripts and styles
 * (the loader and the widget are served from this origin), calls only this API, and cannot be framed. `https:` images
 * for a researcher's avatar URL.
 */
export const DEMO_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
