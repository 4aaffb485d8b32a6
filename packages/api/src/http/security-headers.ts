import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every response (hono/secure-headers): `x-content-type-options: nosniff`, no framing
 * (`x-frame-options: DENY` and CSP `frame-ancestors 'none'`), and for API answers a CSP that allows nothing
 * (`default-src 'none'`): a JSON or error body opened as a page can run nothing. Pages set their own, stricter-for-them
 * CSP (console, demo, hosted interview page) and keep it: headers a route set are not overwritten.
 * Not set here: Cross-Origin-Resource-Policy stays `cross-origin` because customers' pages load the widget's scripts
 * and call the API from their own origins; HSTS is the TLS proxy's call (the embedded server speaks plain HTTP).
 */
export function securityHeaders() {
  return secureHeaders({
    overwrite: false,
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    xFrameOptions: 'DENY',
    crossOriginResourcePolicy: 'cross-origin',
    strictTransportSecurity: false,
  });
}
