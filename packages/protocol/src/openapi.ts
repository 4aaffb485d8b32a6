import { z } from 'zod';
import { schemaRegistry } from './registry.ts';
import { ErrorBody } from './common.ts';
import { CreateWorkspaceRequest, CreatedWorkspace, Workspace } from './workspace.ts';
import { DraftPlanRequest, DraftPlanResponse } from './plan.ts';
import { CreateStudyRequest, ImpressionRequest, Study, StudyWelcome, UpdateStudyRequest } from './study.ts';
import { CreateSessionRequest, CreatedSession, EndSessionRequest, PostTurnRequest, Session, TurnResult } from './session.ts';
import { Health, Readiness } from './health.ts';
import { CreateInvitationRequest, EligibilityRequest, EligibilityResponse, Invitation, TrackEventRequest, TrackEventResponse } from './triggers.ts';
import { CreateWebhookRequest, Webhook, WebhookDeliveryLog } from './webhooks.ts';
import { StudyOverlaps } from './overlaps.ts';
import { AskRequest, AskResponse, InterviewSummary, PersonasRequest, PersonasResponse, StudyInsights } from './insights.ts';

type Auth = 'admin' | 'secret' | 'publishable' | 'session' | 'none';

/** One documented operation of the HTTP API. */
export interface RouteSpec {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  auth: Auth[];
  body?: z.ZodType;
  query?: Record<string, string>;
  /** `schema` is the item schema when `list` is set. Every schema here must be a named (registered) one, or absent for free-form JSON. */
  ok: { status: number; schema?: z.ZodType; list?: boolean; sse?: boolean };
  errors: number[];
}

const common = [400, 401, 403, 500];

/** Every operation of API.md that this server implements, in the order of API.md. */
export const routes: RouteSpec[] = [
  { method: 'post', path: '/v1/workspaces', summary: 'Create a workspace and its keys', auth: ['admin'], body: CreateWorkspaceRequest, ok: { status: 201, schema: CreatedWorkspace }, errors: [...common, 409, 413] },
  { method: 'get', path: '/v1/workspace', summary: 'The workspace of this secret key, with its publishable key (for embed snippets)', auth: ['secret'], ok: { status: 200, schema: Workspace }, errors: common },
  { method: 'post', path: '/v1/plans', summary: 'Draft a research plan from a research question (not stored)', auth: ['secret'], body: DraftPlanRequest, ok: { status: 200, schema: DraftPlanResponse }, errors: [...common, 413, 502] },
  { method: 'post', path: '/v1/studies', summary: 'Create a study', auth: ['secret'], body: CreateStudyRequest, ok: { status: 201, schema: Study }, errors: [...common, 409, 413, 503] },
  { method: 'get', path: '/v1/studies', summary: 'List studies, newest first (archived ones only with archived=true)', auth: ['secret'], query: { archived: 'true lists only archived studies', limit: '1–100, default 20', cursor: 'from nextCursor' }, ok: { status: 200, schema: Study, list: true }, errors: common },
  { method: 'delete', path: '/v1/studies/{id}', summary: 'Delete a study nobody has taken part in (only test sessions); otherwise archive it', auth: ['secret'], ok: { status: 204 }, errors: [...common, 404, 409] },
  { method: 'get', path: '/v1/studies/{id}/welcome', summary: 'What the widget shows before anyone starts: the experience of a live study (no session is created)', auth: ['publishable', 'secret'], ok: { status: 200, schema: StudyWelcome }, errors: [...common, 404, 409] },
  { method: 'post', path: '/v1/impressions', summary: 'Record that the widget was shown or declined ("Not now") without an interview starting', auth: ['publishable', 'secret'], body: ImpressionRequest, ok: { status: 202 }, errors: [...common, 404, 413] },
  { method: 'get', path: '/v1/studies/{id}', summary: 'Get a study', auth: ['secret'], ok: { status: 200, schema: Study }, errors: [...common, 404] },
  { method: 'patch', path: '/v1/studies/{id}', summary: 'Change any of the create fields of a study', auth: ['secret'], body: UpdateStudyRequest, ok: { status: 200, schema: Study }, errors: [...common, 404, 413] },
  { method: 'get', path: '/v1/studies/{id}/overlaps', summary: 'Other live studies whose triggers can fire on the same moment as this one, and why (the higher priority is shown)', auth: ['secret'], ok: { status: 200, schema: StudyOverlaps }, errors: [...common, 404] },
  { method: 'post', path: '/v1/sessions', summary: 'Start an interview; returns the greeting and first question', auth: ['publishable', 'secret'], body: CreateSessionRequest, ok: { status: 201, schema: CreatedSession }, errors: [...common, 404, 409, 413, 503] },
  { method: 'get', path: '/v1/sessions', summary: 'List sessions, newest first', auth: ['secret'], query: { studyId: 'filter by study', status: 'active | completed | abandoned', outcome: 'in_progress | completed | stopped_early | abandoned', test: 'true lists only test sessions (left out by default)', limit: '1–100, default 20', cursor: 'from nextCursor' }, ok: { status: 200, schema: Session, list: true }, errors: common },
  { method: 'get', path: '/v1/sessions/{id}', summary: 'Get a session with its transcript', auth: ['session', 'secret'], ok: { status: 200, schema: Session }, errors: [...common, 404] },
  { method: 'post', path: '/v1/sessions/{id}/turns', summary: "Send the participant's answer; the reply streams as SSE (delta…, done) with accept: text/event-stream", auth: ['session', 'secret'], body: PostTurnRequest, ok: { status: 200, schema: TurnResult, sse: true }, errors: [...common, 404, 409, 413, 502, 503] },
  { method: 'get', path: '/v1/sessions/{id}/summary', summary: 'One interview at a glance: what happened in their words, key quotes, feeling, themes, notable signals and question coverage', auth: ['secret'], ok: { status: 200, schema: InterviewSummary }, errors: [...common, 404] },
  { method: 'post', path: '/v1/sessions/{id}/end', summary: 'End a session (completed or dismissed)', auth: ['session', 'secret'], body: EndSessionRequest, ok: { status: 200, schema: Session }, errors: [...common, 404] },
  { method: 'post', path: '/v1/events', summary: 'Report a server-side event (e.g. support_ticket_solved); matching live studies invite the participant', auth: ['secret'], body: TrackEventRequest, ok: { status: 200, schema: TrackEventResponse }, errors: [...common, 413] },
  { method: 'post', path: '/v1/eligibility', summary: 'What to show this participant now (at most one study), and in-browser moments to watch for', auth: ['publishable', 'secret'], body: EligibilityRequest, ok: { status: 200, schema: EligibilityResponse }, errors: [...common, 413] },
  { method: 'post', path: '/v1/invitations', summary: 'Create an invitation link to a study', auth: ['secret'], body: CreateInvitationRequest, ok: { status: 201, schema: Invitation }, errors: [...common, 404, 409, 413] },
  { method: 'post', path: '/v1/webhooks', summary: 'Create a webhook endpoint; its signing secret is shown only here', auth: ['secret'], body: CreateWebhookRequest, ok: { status: 201, schema: Webhook }, errors: [...common, 409, 413] },
  { method: 'get', path: '/v1/webhooks', summary: "List the workspace's webhook endpoints (without secrets)", auth: ['secret'], ok: { status: 200, schema: Webhook, list: true }, errors: common },
  { method: 'delete', path: '/v1/webhooks/{id}', summary: 'Delete a webhook endpoint', auth: ['secret'], ok: { status: 204 }, errors: [...common, 404] },
  { method: 'get', path: '/v1/webhooks/{id}/deliveries', summary: "A webhook's recent deliveries, newest first: status, attempts, last response (the last 100 finished ones and every pending one are kept)", auth: ['secret'], query: { limit: '1–100, default 20', cursor: 'from nextCursor' }, ok: { status: 200, schema: WebhookDeliveryLog, list: true }, errors: [...common, 404] },
  { method: 'post', path: '/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', summary: 'Queue the same payload again (same event id, fresh signature); 409 while the delivery is still pending', auth: ['secret'], ok: { status: 202, schema: WebhookDeliveryLog }, errors: [...common, 404, 409] },
  { method: 'get', path: '/v1/studies/{id}/insights', summary: 'Live analysis of a study: summary, themes with quotes, sentiment, segments, journey and support views', auth: ['secret'], query: { segmentBy: 'a participant attribute, e.g. plan or channel' }, ok: { status: 200, schema: StudyInsights }, errors: [...common, 404] },
  { method: 'post', path: '/v1/studies/{id}/ask', summary: "Ask the study's interviews a question; the answer cites real turns (SSE delta…, done with accept: text/event-stream)", auth: ['secret'], body: AskRequest, ok: { status: 200, schema: AskResponse, sse: true }, errors: [...common, 404, 413] },
  { method: 'post', path: '/v1/studies/{id}/personas', summary: 'Persona cards from clusters of what participants said and did', auth: ['secret'], body: PersonasRequest, ok: { status: 200, schema: PersonasResponse }, errors: [...common, 404, 413] },
  { method: 'get', path: '/v1/studies/{id}/export', summary: 'Transcripts and insights as JSON, CSV (RFC 4180, formula-safe) or Markdown', auth: ['secret'], query: { format: 'json (default) | csv | md' }, ok: { status: 200 }, errors: [...common, 404] },
  { method: 'get', path: '/healthz', summary: 'Liveness, and which interviewer is active', auth: ['none'], ok: { status: 200, schema: Health }, errors: [] },
  { method: 'get', path: '/readyz', summary: 'Readiness: 200 while the store answers a read, 503 upstream while it does not (for load balancers)', auth: ['none'], ok: { status: 200, schema: Readiness }, errors: [503] },
  { method: 'get', path: '/openapi.json', summary: 'This document', auth: ['none'], ok: { status: 200 }, errors: [] },
];

void ErrorBody; // registered as the Error component by importing it

const statusText: Record<number, string> = {
  400: 'invalid_request', 401: 'authentication', 403: 'permission', 404: 'not_found', 409: 'conflict',
  413: 'payload_too_large', 429: 'rate_limited', 500: 'internal', 502: 'upstream', 503: 'upstream',
};

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Builds the OpenAPI 3.0 document of the API from the protocol's zod schemas. */
export function buildOpenApiDocument(info: { version: string; serverUrl?: string }) {
  const { schemas } = z.toJSONSchema(schemaRegistry, {
    target: 'openapi-3.0',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const named = (schema: z.ZodType | undefined) => {
    if (!schema) return { type: 'object' };
    const meta = schemaRegistry.get(schema);
    if (!meta) throw new Error('routes must use named schemas');
    return ref(meta.id);
  };
  const responseSchema = (ok: RouteSpec['ok']) =>
    ok.list
      ? { type: 'object', required: ['data', 'nextCursor'], properties: { data: { type: 'array', items: named(ok.schema) }, nextCursor: { type: 'string', nullable: true } } }
      : named(ok.schema);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const params = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const query = Object.entries(r.query ?? {}).map(([name, description]) => ({ name, in: 'query', required: false, description, schema: { type: 'string' } }));
    const content: Record<string, unknown> = { 'application/json': { schema: responseSchema(r.ok) } };
    if (r.ok.sse) content['text/event-stream'] = { schema: { type: 'string', description: 'event: delta {"text"} … then event: done {the JSON response above} or event: error {"type","message"}' } };
    const responses: Record<string, unknown> = { [r.ok.status]: { description: 'OK', content } };
    for (const s of r.errors) responses[s] = { description: statusText[s], content: { 'application/json': { schema: ref('Error') } } };
    (paths[r.path] ??= {})[r.method] = {
      summary: r.summary,
      security: r.auth.includes('none') ? [] : [{ bearer: [] }],
      'x-parley-credentials': r.auth,
      parameters: [...params, ...query, ...(r.method === 'post' ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 } }] : [])],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: named(r.body) } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Parley API', version: info.version, description: 'Adaptive AI-led customer interviews. See API.md for the contract.' },
    servers: info.serverUrl ? [{ url: info.serverUrl }] : [],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'admin key, secret key sk_…, publishable key pk_… or session token' } },
      schemas,
    },
    paths,
  };
}
