import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import SwaggerParser from '@apidevtools/swagger-parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { buildOpenApiDocument, errorStatuses, routes } from './openapi.ts';

/** What tools make of the document: it must pass swagger-parser's validation and Redocly's recommended lint rules. */
describe('OpenAPI document, as tools read it', () => {
  const doc = buildOpenApiDocument({ version: '0.1.0' });
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op: op as any })));
  // Nothing here may reach the network: every check runs on the document in memory.
  const fetchSpy = vi.fn(async () => {
    throw new Error('no network in the OpenAPI tool checks');
  });
  beforeAll(() => vi.stubGlobal('fetch', fetchSpy));
  afterAll(() => {
    vi.unstubAllGlobals();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('is valid for swagger-parser', async () => {
    // validate() dereferences the object it is given in place: hand it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined();
  });

  it('has no errors under Redocly’s recommended rules (only the three probes lack a 4xx)', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: '/openapi.json', config });
    const render = (p: (typeof problems)[number]) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`;
    expect(problems.filter((p) => p.severity === 'error').map(render)).toEqual([]);
    // healthz, readyz and openapi.json cannot answer 4xx; any other warning is new and should be looked at.
    expect(problems.map(render).sort()).toEqual(
      ['healthz', 'readyz', 'openapi.json'].map((p) => `warn operation-4xx-response: Operation must have at least one \`4XX\` response. at #/paths/~1${p}/get/responses`).sort(),
    );
  }, 30_000);

  it('also passes with a configured public URL as the server', async () => {
    const withUrl = buildOpenApiDocument({ version: '0.1.0', serverUrl: 'https://api.example.org/' });
    expect(withUrl.servers).toEqual([{ url: 'https://api.example.org', description: expect.any(String) }]);
    expect(doc.servers).toEqual([{ url: '/', description: expect.any(String) }]);
    await SwaggerParser.validate(structuredClone(withUrl) as never);
  });

  it('names every operation with a unique, stable camelCase operationId', () => {
    const ids = ops.map(({ op }) => op.operationId);
    expect(ids.every((id) => /^[a-z][A-Za-z]+$/.test(id)), ids.join()).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const byRoute = Object.fromEntries(ops.map(({ path, method, op }) => [`${method} ${path}`, op.operationId]));
    expect(byRoute).toMatchObject({
      'post /v1/workspaces': 'createWorkspace',
      'post /v1/studies': 'createStudy',
      'get /v1/studies': 'listStudies',
      'get /v1/studies/{id}': 'getStudy',
      'patch /v1/studies/{id}': 'updateStudy',
      'post /v1/sessions': 'createSession',
      'get /v1/sessions': 'listSessions',
      'post /v1/sessions/{id}/turns': 'postTurn',
      'post /v1/sessions/{id}/end': 'endSession',
      'get /v1/studies/{id}/export': 'exportStudy',
    });
  });

  it('documents the error responses of every operation with the error schema and x-request-id', () => {
    for (const r of routes) {
      const op = (doc.paths as any)[r.path][r.method];
      const statuses = errorStatuses(r);
      expect(statuses).toEqual(expect.arrayContaining([...r.errors, 500]));
      for (const s of statuses) {
        expect(op.responses[s].content['application/json'].schema, `${r.method} ${r.path} ${s}`).toEqual({ $ref: '#/components/schemas/Error' });
        expect(op.responses[s].headers['x-request-id']).toEqual({ $ref: '#/components/headers/RequestId' });
      }
      expect(op.responses[r.ok.status].headers['x-request-id']).toEqual({ $ref: '#/components/headers/RequestId' });
      if (!r.auth.includes('none')) expect(statuses, `${r.method} ${r.path}`).toEqual(expect.arrayContaining([401, 403, 503]));
      if (r.body) expect(statuses).toEqual(expect.arrayContaining([400, 413]));
    }
  });

  it('documents 429 with retry-after on every rate-limited operation, and retry-after on 503', () => {
    for (const r of routes.filter((r) => !r.auth.includes('none') && r.auth.some((a) => a !== 'admin'))) {
      const op = (doc.paths as any)[r.path][r.method];
      expect(op.responses['429']?.headers['retry-after'], `${r.method} ${r.path}`).toEqual({ $ref: '#/components/headers/RetryAfter' });
    }
    for (const { op } of ops) if (op.responses['503']) expect(op.responses['503'].headers['retry-after']).toBeDefined();
    expect((doc.paths as any)['/readyz'].get.responses['503']).toBeDefined();
  });

  it('marks replayed creates with the idempotent-replayed header', () => {
    const creates = routes.filter((r) => r.idempotent).map((r) => `${r.method} ${r.path}`);
    expect(creates).toEqual(expect.arrayContaining(['post /v1/workspaces', 'post /v1/studies', 'post /v1/sessions', 'post /v1/invitations', 'post /v1/webhooks', 'post /v1/events']));
    for (const r of routes) {
      const ok = (doc.paths as any)[r.path][r.method].responses[r.ok.status];
      if (r.idempotent) {
        expect(ok.headers['idempotent-replayed'], `${r.method} ${r.path}`).toEqual({ $ref: '#/components/headers/IdempotentReplayed' });
        expect((doc.paths as any)[r.path][r.method].responses['409']).toBeDefined();
      } else expect(ok.headers['idempotent-replayed']).toBeUndefined();
    }
    expect(doc.components.headers.IdempotentReplayed.schema).toEqual({ type: 'string', enum: ['true'] });
  });

  it('declares the real content types of exports', () => {
    const content = (doc.paths as any)['/v1/studies/{id}/export'].get.responses['200'].content;
    expect(Object.keys(content).sort()).toEqual(['application/json', 'text/csv', 'text/markdown']);
    expect(content['text/csv'].schema.type).toBe('string');
  });

  it('types query parameters as the API validates them', () => {
    const param = (path: string, name: string) => (doc.paths as any)[path].get.parameters.find((p: any) => p.name === name);
    for (const path of ['/v1/studies', '/v1/sessions', '/v1/webhooks/{id}/deliveries']) {
      expect(param(path, 'limit').schema, path).toEqual({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
      expect(param(path, 'cursor').schema.type).toBe('string');
    }
    expect(param('/v1/sessions', 'status').schema.enum).toEqual(['active', 'completed', 'abandoned']);
    expect(param('/v1/sessions', 'outcome').schema.enum).toEqual(['in_progress', 'completed', 'stopped_early', 'abandoned']);
    expect(param('/v1/studies', 'archived').schema.enum).toEqual(['true', 'false']);
    expect(param('/v1/studies/{id}/export', 'format').schema).toMatchObject({ type: 'string', enum: ['json', 'csv', 'md'], default: 'json' });
    expect(param('/v1/studies/{id}/insights', 'segmentBy').schema.pattern).toBeDefined();
  });

  it('has a license and no $id in its component schemas', () => {
    expect(doc.info.license).toMatchObject({ name: 'MIT' });
    expect(JSON.stringify(doc.components.schemas)).not.toContain('"$id"');
  });
});
