import { z } from 'zod';
import { schemaRegistry } from './registry.ts';
import { ErrorBody } from './common.ts';
import { CreateWorkspaceRequest, CreatedWorkspace, Workspace } from './workspace.ts';
import { DraftPlanRequest, DraftPlanResponse } from './plan.ts';
import { CreateStudyRequest, ImpressionRequest, ListStudiesQuery, Study, StudyWelcome, UpdateStudyRequest } from './study.ts';
import { CreateSessionRequest, CreatedSession, EndSessionRequest, ListSessionsQuery, PostTurnRequest, Session, TurnResult } from './session.ts';
import { Health, Readiness } from './health.ts';
import { CreateInvitationRequest, EligibilityRequest, EligibilityResponse, Invitation, TrackEventRequest, TrackEventResponse } from './triggers.ts';
import { CreateWebhookRequest, ListWebhookDeliveriesQuery, SIGNATURE_HEADER, Webhook, WebhookDelivery, WebhookDeliveryLog } from './webhooks.ts';
import { StudyOverlaps } from './overlaps.ts';
import { AskRequest, AskResponse, ExportQuery, InsightsQuery, InterviewSummary, PersonasRequest, PersonasResponse, StudyInsights } from './insights.ts';

type Auth = 'admin' | 'secret' | 'publishable' | 'session' | 'none';

/** One documented operation of the HTTP API. */
export interface RouteSpec {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  /** Stable camelCase id of the operation (SDK method names are generated from it): never rename. */
  operationId: string;
  tag: Tag;
  summary: string;
  auth: Auth[];
  body?: z.ZodType;
  /** Descriptions of the query parameters; `querySchema` (what the route validates with) gives their types. */
  query?: Record<string, string>;
  querySchema?: z.ZodObject;
  /** Honours `Idempotency-Key` (a create): a replay answers with header `idempotent-replayed: true`; another body → 409. */
  idempotent?: boolean;
  /**
   * `schema` is the item schema when `list` is set. Every schema here must be a named (registered) one, or absent for
   * free-form JSON (`inline` then describes it). `formats` are other content types of the same response (exports).
   */
  ok: { status: number; schema?: z.ZodType; inline?: Record<string, unknown>; list?: boolean; sse?: boolean; empty?: boolean; formats?: Record<string, string> };
  /** Route-specific error statuses; `errorStatuses` adds those every route of its kind can answer (401, 429, 503…). */
  errors: number[];
}

type Tag = 'Workspaces' | 'Plans' | 'Studies' | 'Sessions' | 'Triggers' | 'Webhooks' | 'Analysis' | 'Operations';

const tags: { name: Tag; description: string }[] = [
  { name: 'Workspaces', description: 'A workspace and its keys' },
  { name: 'Plans', description: 'Research plans drafted from a research question' },
  { name: 'Studies', description: 'Studies: a research question, its plan and how participants meet it' },
  { name: 'Sessions', description: 'Interviews and their turns' },
  { name: 'Triggers', description: 'Server-side events, eligibility, invitations and impressions' },
  { name: 'Webhooks', description: 'Webhook endpoints and their deliveries' },
  { name: 'Analysis', description: 'Insights, questions to the interviews, personas, summaries and exports' },
  { name: 'Operations', description: 'Health, readiness and this document' },
];

const common = [400, 401, 403, 500];

/** Every operation of API.md that this server implements, in the order of API.md. */
export const routes: RouteSpec[] = [
  { method: 'post', path: '/v1/workspaces', operationId: 'createWorkspace', tag: 'Workspaces', idempotent: true, summary: 'Create a workspace and its keys', auth: ['admin'], body: CreateWorkspaceRequest, ok: { status: 201, schema: CreatedWorkspace }, errors: [...common, 409, 413] },
  { method: 'get', path: '/v1/workspace', operationId: 'getWorkspace', tag: 'Workspaces', summary: 'The workspace of this secret key, with its publishable key (for embed snippets)', auth: ['secret'], ok: { status: 200, schema: Workspace }, errors: common },
  { method: 'post', path: '/v1/plans', operationId: 'draftPlan', tag: 'Plans', summary: 'Draft a research plan from a research question (not stored)', auth: ['secret'], body: DraftPlanRequest, ok: { status: 200, schema: DraftPlanResponse }, errors: [...common, 413, 502] },
  { method: 'post', path: '/v1/studies', operationId: 'createStudy', tag: 'Studies', idempotent: true, summary: 'Create a study', auth: ['secret'], body: CreateStudyRequest, ok: { status: 201, schema: Study }, errors: [...common, 409, 413, 503] },
  { method: 'get', path: '/v1/studies', operationId: 'listStudies', tag: 'Studies', querySchema: ListStudiesQuery, summary: 'List studies, newest first (archived ones only with archived=true)', auth: ['secret'], query: { archived: 'true lists only archived studies', limit: '1–100, default 20', cursor: 'from nextCursor' }, ok: { status: 200, schema: Study, list: true }, errors: common },
  { method: 'delete', path: '/v1/studies/{id}', operationId: 'deleteStudy', tag: 'Studies', summary: 'Delete a study nobody has taken part in (only test sessions); otherwise archive it', auth: ['secret'], ok: { status: 204, empty: true }, errors: [...common, 404, 409] },
  { method: 'get', path: '/v1/studies/{id}/welcome', operationId: 'getStudyWelcome', tag: 'Studies', summary: 'What the widget shows before anyone starts: the experience of a live study (no session is created)', auth: ['publishable', 'secret'], ok: { status: 200, schema: StudyWelcome }, errors: [...common, 404, 409] },
  { method: 'post', path: '/v1/impressions', operationId: 'recordImpression', tag: 'Triggers', summary: 'Record that the widget was shown or declined ("Not now") without an interview starting', auth: ['publishable', 'secret'], body: ImpressionRequest, ok: { status: 202, inline: { type: 'object', required: ['recorded'], properties: { recorded: { type: 'boolean', enum: [true] } } } }, errors: [...common, 404, 413] },
  { method: 'get', path: '/v1/studies/{id}', operationId: 'getStudy', tag: 'Studies', summary: 'Get a study', auth: ['secret'], ok: { status: 200, schema: Study }, errors: [...common, 404] },
  { method: 'patch', path: '/v1/studies/{id}', operationId: 'updateStudy', tag: 'Studies', summary: 'Change any of the create fields of a study', auth: ['secret'], body: UpdateStudyRequest, ok: { status: 200, schema: Study }, errors: [...common, 404, 413] },
  { method: 'get', path: '/v1/studies/{id}/overlaps', operationId: 'getStudyOverlaps', tag: 'Studies', summary: 'Other live studies whose triggers can fire on the same moment as this one, and why (the higher priority is shown)', auth: ['secret'], ok: { status: 200, schema: StudyOverlaps }, errors: [...common, 404] },
  { method: 'post', path: '/v1/sessions', operationId: 'createSession', tag: 'Sessions', idempotent: true, summary: 'Start an interview; returns the greeting and first question', auth: ['publishable', 'secret'], body: CreateSessionRequest, ok: { status: 201, schema: CreatedSession }, errors: [...common, 404, 409, 413, 503] },
  { method: 'get', path: '/v1/sessions', operationId: 'listSessions', tag: 'Sessions', querySchema: ListSessionsQuery, summary: 'List sessions, newest first', auth: ['secret'], query: { studyId: 'filter by study', status: 'active | completed | abandoned', outcome: 'in_progress | completed | stopped_early | abandoned', test: 'true lists only test sessions (left out by default)', limit: '1–100, default 20', cursor: 'from nextCursor' }, ok: { status: 200, schema: Session, list: true }, errors: common },
  { method: 'get', path: '/v1/sessions/{id}', operationId: 'getSession', tag: 'Sessions', summary: 'Get a session with its transcript', auth: ['session', 'secret'], ok: { status: 200, schema: Session }, errors: [...common, 404] },
  { method: 'post', path: '/v1/sessions/{id}/turns', operationId: 'postTurn', tag: 'Sessions', summary: "Send the participant's answer; the reply streams as SSE (delta…, done) with accept: text/event-stream", auth: ['session', 'secret'], body: PostTurnRequest, ok: { status: 200, schema: TurnResult, sse: true }, errors: [...common, 404, 409, 413, 502, 503] },
  { method: 'get', path: '/v1/sessions/{id}/summary', operationId: 'getSessionSummary', tag: 'Analysis', summary: 'One interview at a glance: what happened in their words, key quotes, feeling, themes, notable signals and question coverage', auth: ['secret'], ok: { status: 200, schema: InterviewSummary }, errors: [...common, 404] },
  { method: 'post', path: '/v1/sessions/{id}/end', operationId: 'endSession', tag: 'Sessions', summary: 'End a session (completed or dismissed)', auth: ['session', 'secret'], body: EndSessionRequest, ok: { status: 200, schema: Session }, errors: [...common, 404] },
  { method: 'post', path: '/v1/events', operationId: 'trackEvent', tag: 'Triggers', idempotent: true, summary: 'Report a server-side event (e.g. support_ticket_solved); matching live studies invite the participant', auth: ['secret'], body: TrackEventRequest, ok: { status: 200, schema: TrackEventResponse }, errors: [...common, 413] },
  { method: 'post', path: '/v1/eligibility', operationId: 'checkEligibility', tag: 'Triggers', summary: 'What to show this participant now (at most one study), and in-browser moments to watch for', auth: ['publishable', 'secret'], body: EligibilityRequest, ok: { status: 200, schema: EligibilityResponse }, errors: [...common, 413] },
  { method: 'post', path: '/v1/invitations', operationId: 'createInvitation', tag: 'Triggers', idempotent: true, summary: 'Create an invitation link to a study', auth: ['secret'], body: CreateInvitationRequest, ok: { status: 201, schema: Invitation }, errors: [...common, 404, 409, 413] },
  { method: 'post', path: '/v1/webhooks', operationId: 'createWebhook', tag: 'Webhooks', idempotent: true, summary: 'Create a webhook endpoint; its signing secret is shown only here', auth: ['secret'], body: CreateWebhookRequest, ok: { status: 201, schema: Webhook }, errors: [...common, 409, 413] },
  { method: 'get', path: '/v1/webhooks', operationId: 'listWebhooks', tag: 'Webhooks', summary: "List the workspace's webhook endpoints (without secrets)", auth: ['secret'], ok: { status: 200, schema: Webhook, list: true }, errors: common },
  { method: 'delete', path: '/v1/webhooks/{id}', operationId: 'deleteWebhook', tag: 'Webhooks', summary: 'Delete a webhook endpoint', auth: ['secret'], ok: { status: 204, empty: true }, errors: [...common, 404] },
  { method: 'get', path: '/v1/webhooks/{id}/deliveries', operationId: 'listWebhookDeliveries', tag: 'Webhooks', querySchema: ListWebhookDeliveriesQuery, summary: "A webhook's recent deliveries, newest first: status, attempts, last response (the last 100 finished ones and every pending one are kept)", auth: ['secret'], query: { limit: '1–100, default 20', cursor: 'from nextCursor' }, ok: { status: 200, schema: WebhookDeliveryLog, list: true }, errors: [...common, 404] },
  { method: 'post', path: '/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', operationId: 'redeliverWebhookDelivery', tag: 'Webhooks', idempotent: true, summary: 'Queue the same payload again (same event id, fresh signature); 409 while the delivery is still pending', auth: ['secret'], ok: { status: 202, schema: WebhookDeliveryLog }, errors: [...common, 404, 409] },
  { method: 'get', path: '/v1/studies/{id}/insights', operationId: 'getStudyInsights', tag: 'Analysis', querySchema: InsightsQuery, summary: 'Live analysis of a study: summary, themes with quotes, sentiment, segments, journey and support views', auth: ['secret'], query: { segmentBy: 'a participant attribute, e.g. plan or channel' }, ok: { status: 200, schema: StudyInsights }, errors: [...common, 404] },
  { method: 'post', path: '/v1/studies/{id}/ask', operationId: 'askStudy', tag: 'Analysis', summary: "Ask the study's interviews a question; the answer cites real turns (SSE delta…, done with accept: text/event-stream)", auth: ['secret'], body: AskRequest, ok: { status: 200, schema: AskResponse, sse: true }, errors: [...common, 404, 413] },
  { method: 'post', path: '/v1/studies/{id}/personas', operationId: 'generatePersonas', tag: 'Analysis', summary: 'Persona cards from clusters of what participants said and did', auth: ['secret'], body: PersonasRequest, ok: { status: 200, schema: PersonasResponse }, errors: [...common, 404, 413] },
  { method: 'get', path: '/v1/studies/{id}/export', operationId: 'exportStudy', tag: 'Analysis', querySchema: ExportQuery, summary: 'Transcripts and insights as JSON, CSV (RFC 4180, formula-safe) or Markdown', auth: ['secret'], query: { format: 'json (default) | csv | md' }, ok: { status: 200, inline: { type: 'object', description: 'The study, every session with its turns and their analysis, and the insights' }, formats: { 'text/csv': 'One row per turn (RFC 4180, with a header row; cells that a spreadsheet would read as a formula are escaped)', 'text/markdown': 'A readable report: the insights, then every transcript' } }, errors: [...common, 404] },
  { method: 'get', path: '/healthz', operationId: 'getHealth', tag: 'Operations', summary: 'Liveness, and which interviewer is active', auth: ['none'], ok: { status: 200, schema: Health }, errors: [] },
  { method: 'get', path: '/readyz', operationId: 'getReadiness', tag: 'Operations', summary: 'Readiness: 200 while the store answers a read, 503 upstream while it does not (for load balancers)', auth: ['none'], ok: { status: 200, schema: Readiness }, errors: [503] },
  { method: 'get', path: '/openapi.json', operationId: 'getOpenApiDocument', tag: 'Operations', summary: 'This document', auth: ['none'], ok: { status: 200, inline: { type: 'object', description: 'This OpenAPI 3.0 document' } }, errors: [] },
];

void ErrorBody; // registered as the Error component by importing it

/** What each error status means on this API (API.md's table), for the responses' descriptions. */
const errorText: Record<number, string> = {
  400: '`invalid_request`: malformed JSON, a schema violation (every offending field is listed in `issues`) or an unknown enum value',
  401: '`authentication`: missing, malformed or unknown key or token',
  403: '`permission`: a valid credential of the wrong kind or scope (e.g. a publishable key on a secret route, an origin not allowed)',
  404: '`not_found`: no such object in this workspace',
  409: '`conflict`: the request clashes with the current state (or an `Idempotency-Key` reused with a different body)',
  413: '`payload_too_large`: the body is over 64 KiB, or a participant message over 4,000 characters',
  429: '`rate_limited`: too many requests for this credential; retry after `retry-after` seconds',
  500: '`internal`: a bug on our side, logged with the request id',
  502: '`upstream`: the language model is unavailable after retries',
  503: '`upstream`: the store (or another dependency) is unavailable; retry after `retry-after` seconds',
};

/** Whether a route authenticates its caller (and so can answer 401/403, and reads the store to do so). */
const authenticated = (r: RouteSpec) => !r.auth.includes('none');
/** Every authenticated route but the admin one counts its caller against the rate limits. */
const rateLimited = (r: RouteSpec) => authenticated(r) && r.auth.some((a) => a !== 'admin');

/**
 * Every error status a route can answer: its own (`errors`) and those of its kind — a body can be invalid or too
 * large, a credential missing or of the wrong scope, a caller rate limited, the store unavailable, a replayed
 * `Idempotency-Key` in conflict, and any route can fail with a bug.
 */
export function errorStatuses(r: RouteSpec): number[] {
  const all = new Set([...r.errors, 500]);
  if (r.body || r.querySchema || r.path.includes('{')) all.add(400);
  if (r.body) all.add(413);
  if (authenticated(r)) [400, 401, 403, 503].forEach((s) => all.add(s));
  if (rateLimited(r)) all.add(429);
  if (r.idempotent) all.add(409);
  return [...all].sort((a, b) => a - b);
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const header = (id: string) => ({ $ref: `#/components/headers/${id}` });

/** Response headers, shared by the operations. Wire names: never rename. */
const headers = {
  RequestId: { description: 'The id of this request (also in error bodies as `requestId`); quote it when reporting a problem', schema: { type: 'string' } },
  RetryAfter: { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 0 } },
  IdempotentReplayed: {
    description: 'Present (`true`) when this is the stored response of an earlier request with the same `Idempotency-Key`, replayed instead of creating a second object',
    schema: { type: 'string', enum: ['true'] },
  },
  ContentDisposition: { description: 'attachment; filename="parley-<study id>.<json|csv|md>"', schema: { type: 'string' } },
};

const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'Makes this create safe to retry: the same key (per credential) within 24 h returns the first response again (with `idempotent-replayed: true`) instead of creating a second object; the same key with a different body is a 409 `conflict`.',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]{1,255}$' },
};
const idempotencyKeyIgnored = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'Accepted and ignored here: this operation creates nothing, or is idempotent on its own terms (a turn by its `id`).',
  schema: { type: 'string', maxLength: 255 },
};

/** The receiver's side of a webhook delivery, as an OpenAPI callback of `POST /v1/webhooks`. */
const webhookCallback = {
  delivery: {
    '{$request.body#/url}': {
      post: {
        operationId: 'receiveWebhookDelivery',
        summary: 'A delivery to your endpoint, for each subscribed event (retried with backoff until a 2xx)',
        parameters: [
          { name: SIGNATURE_HEADER, in: 'header', required: true, description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the webhook secret>', schema: { type: 'string' } },
          { name: 'parley-delivery-id', in: 'header', required: true, description: 'The event id (the payload `id`); a redelivery keeps it, so dedupe on it', schema: { type: 'string' } },
          { name: 'parley-delivery-attempt', in: 'header', required: true, description: 'Which attempt this is, from 1', schema: { type: 'integer', minimum: 1 } },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: ref('WebhookDelivery') } } },
        responses: {
          '2XX': { description: 'Received; the delivery is done' },
          '4XX': { description: 'Not received; the delivery is retried with backoff, then marked failed' },
          '5XX': { description: 'Not received; the delivery is retried with backoff, then marked failed' },
        },
      },
    },
  },
};
void WebhookDelivery; // registered as a component by importing it; the callback above refers to it

type Json = Record<string, unknown>;

/**
 * Makes zod's OpenAPI 3.0 output acceptable to strict tools: no `$id` in components (not an OpenAPI keyword), a
 * lone `allOf: [$ref]` (zod's way of wrapping an optional or described reference) replaced by the reference when
 * nothing else is said beside it, and a `type` beside every `nullable` (OpenAPI 3.0.3 ignores `nullable` without one).
 */
function tidySchemas(schemas: Record<string, Json>): Record<string, Json> {
  const typeOf = (s: unknown): string | undefined => {
    const r = (s as Json | undefined)?.$ref;
    if (typeof r === 'string') return typeOf(schemas[r.split('/').pop()!]);
    return typeof (s as Json | undefined)?.type === 'string' ? ((s as Json).type as string) : undefined;
  };
  const tidy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(tidy);
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [k, v] of Object.entries(node as Json)) out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, tidy(s)])) : tidy(v);
    const allOf = out.allOf as unknown[] | undefined;
    if (allOf?.length === 1 && Object.keys(out).length === 1) return allOf[0];
    if (out.nullable === true && out.type === undefined) {
      const type = typeOf(allOf?.length === 1 ? allOf[0] : undefined);
      if (type) out.type = type;
      else delete out.nullable;
    }
    return out;
  };
  return Object.fromEntries(
    Object.entries(schemas).map(([name, { $id: _id, ...schema }]) => [name, tidy(schema) as Json]),
  );
}

/** A query parameter for each field of the schema the route validates its query with. */
function queryParameters(r: RouteSpec) {
  if (!r.querySchema) return Object.entries(r.query ?? {}).map(([name, description]) => ({ name, in: 'query', required: false, description, schema: { type: 'string' } }));
  return Object.entries(r.querySchema.shape).map(([name, field]) => {
    const schema = z.toJSONSchema(field as z.ZodType, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Json;
    delete schema.$schema;
    const description = r.query?.[name];
    return { name, in: 'query', required: !(field as z.ZodType).safeParse(undefined).success, ...(description ? { description } : {}), schema };
  });
}

/**
 * Builds the OpenAPI 3.0 document of the API from the protocol's zod schemas. `serverUrl` is the public base URL of
 * the deployment when one is configured; without it the server is `/`, the origin the document was fetched from.
 */
export function buildOpenApiDocument(info: { version: string; serverUrl?: string }) {
  const generated = z.toJSONSchema(schemaRegistry, {
    target: 'openapi-3.0',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const schemas = tidySchemas(generated.schemas as Record<string, Json>);
  const named = (schema: z.ZodType | undefined) => {
    if (!schema) return { type: 'object' };
    const meta = schemaRegistry.get(schema);
    if (!meta) throw new Error('routes must use named schemas');
    return ref(meta.id);
  };
  const responseSchema = (ok: RouteSpec['ok']) =>
    ok.list
      ? { type: 'object', required: ['data', 'nextCursor'], properties: { data: { type: 'array', items: named(ok.schema) }, nextCursor: { type: 'string', nullable: true } } }
      : ok.inline ?? named(ok.schema);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const params = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string', minLength: 1 } }));
    const content: Record<string, unknown> = { 'application/json': { schema: responseSchema(r.ok) } };
    if (r.ok.sse) content['text/event-stream'] = { schema: { type: 'string', description: 'event: delta {"text"} … then event: done {the JSON response above} or event: error {"type","message"}' } };
    for (const [type, description] of Object.entries(r.ok.formats ?? {})) content[type] = { schema: { type: 'string', description } };
    const okHeaders: Record<string, unknown> = { 'x-request-id': header('RequestId') };
    if (r.idempotent) okHeaders['idempotent-replayed'] = header('IdempotentReplayed');
    if (r.ok.formats) okHeaders['content-disposition'] = header('ContentDisposition');
    const okText = r.ok.empty ? 'Done; no content' : r.ok.status === 201 ? 'Created' : r.ok.status === 202 ? 'Accepted' : 'OK';
    const responses: Record<string, unknown> = { [r.ok.status]: { description: okText, headers: okHeaders, ...(r.ok.empty ? {} : { content }) } };
    for (const s of errorStatuses(r)) {
      const errorHeaders: Record<string, unknown> = { 'x-request-id': header('RequestId') };
      if (s === 429 || s === 503 || (s === 409 && r.idempotent)) errorHeaders['retry-after'] = header('RetryAfter');
      responses[s] = { description: errorText[s], headers: errorHeaders, content: { 'application/json': { schema: ref('Error') } } };
    }
    const parameters = [...params, ...queryParameters(r), ...(r.method === 'post' ? [r.idempotent ? idempotencyKey : idempotencyKeyIgnored] : [])];
    (paths[r.path] ??= {})[r.method] = {
      operationId: r.operationId,
      tags: [r.tag],
      summary: r.summary,
      security: authenticated(r) ? [{ bearer: [] }] : [],
      'x-parley-credentials': r.auth,
      ...(parameters.length ? { parameters } : {}),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: named(r.body) } } } } : {}),
      responses,
      ...(r.operationId === 'createWebhook' ? { callbacks: webhookCallback } : {}),
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Parley API',
      version: info.version,
      description: 'Adaptive AI-led customer interviews. See API.md for the contract.',
      license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
    },
    servers: [info.serverUrl ? { url: info.serverUrl.replace(/\/+$/, ''), description: 'This deployment' } : { url: '/', description: 'The origin this document was served from' }],
    tags,
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'admin key, secret key sk_…, publishable key pk_… or session token' } },
      headers,
      schemas,
    },
    paths,
  };
}
