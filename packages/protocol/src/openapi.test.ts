import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, routes } from './index.ts';

describe('OpenAPI document', () => {
  const doc = buildOpenApiDocument({ version: '0.1.0' });

  it('documents every route of the table with its success and error responses', () => {
    for (const r of routes) {
      const op = (doc.paths as any)[r.path]?.[r.method];
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      expect(op.responses[String(r.ok.status)]).toBeDefined();
      for (const s of r.errors) expect(op.responses[String(s)].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    }
  });

  it('resolves every $ref to a component schema', () => {
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect((doc.components.schemas as any)[r.split('/').pop()!], r).toBeDefined();
  });

  it('describes the turn request with the client-chosen id pattern', () => {
    const turn = (doc.components.schemas as any).PostTurnRequest;
    expect(turn.properties.id.pattern).toContain('A-Za-z0-9_-');
    expect(turn.required).toEqual(expect.arrayContaining(['id', 'text']));
  });

  it('describes plan questions with their fields and the five-stage flow', () => {
    const schemas = doc.components.schemas as any;
    expect(schemas.Plan.properties.questions.items).toEqual({ $ref: '#/components/schemas/PlanQuestion' });
    expect(Object.keys(schemas.PlanQuestion.properties)).toEqual(['id', 'text', 'mandatory', 'intent', 'goal', 'verbatim', 'maxFollowUps']);
    expect(schemas.PlanQuestion.properties.maxFollowUps).toMatchObject({ minimum: 0, maximum: 5 });
    expect(schemas.Plan.properties.flow.maxItems).toBe(5);
    expect(schemas.Plan.properties).toHaveProperty('mandatoryQuestions');
  });
});
