import type { MiddlewareHandler } from 'hono';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE, ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE } from '@opentelemetry/semantic-conventions';
import type { Telemetry } from './telemetry.ts';

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * A server span and `http.server.request.duration` per request, with OpenTelemetry's HTTP attributes: method, route
 * *pattern* (`/v1/sessions/:id/turns`, never the path with its ids) and status. The span is the active context while
 * the request is handled, so turn, model and store spans nest under it. No URL, query, header or body is recorded.
 * A streamed response counts until its headers are sent; the turn's own metrics cover the whole stream.
 */
export function httpTelemetry(telemetry: Telemetry): MiddlewareHandler {
  const { tracer, instruments } = telemetry;
  return async (c, next) => {
    const method = KNOWN_METHODS.has(c.req.method) ? c.req.method : '_OTHER';
    const span = tracer.startSpan(method, { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: method } });
    const started = performance.now();
    try {
      await context.with(trace.setSpan(context.active(), span), next);
    } finally {
      const status = c.res.status;
      // The route of the handler that answered; a request no route matched has none (cardinality stays bounded).
      const route = c.res.status === 404 && c.req.routePath === '/*' ? undefined : c.req.routePath;
      const attributes = {
        [ATTR_HTTP_REQUEST_METHOD]: method,
        [ATTR_HTTP_RESPONSE_STATUS_CODE]: status,
        ...(route ? { [ATTR_HTTP_ROUTE]: route } : {}),
        ...(status >= 500 ? { [ATTR_ERROR_TYPE]: String(status) } : {}),
      };
      instruments.httpDuration.record((performance.now() - started) / 1000, attributes);
      span.setAttributes(attributes);
      if (route) span.updateName(`${method} ${route}`);
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
  };
}
