import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import type { Histogram } from '@opentelemetry/sdk-metrics';
import { makeTestApp } from '../harness.ts';
import { fakeOpenAi, wireUsage } from '../llm/fake-openai.ts';
import { postTurn, testLlmConfig, TEST_PLAN } from '../llm/llm-app.ts';
import { createChatClient } from '../../src/llm/client.ts';
import { createLlmInterviewer } from '../../src/interviewer/llm/llm-interviewer.ts';
import { createJsonCompletion } from '../../src/llm/json-completion.ts';
import { instrumentChatClient } from '../../src/telemetry/instrument-chat-client.ts';
import { histogramCount, memoryTelemetry } from './kit.ts';
import { z } from 'zod';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let kit: ReturnType<typeof memoryTelemetry>;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function llmApp() {
  kit = memoryTelemetry();
  const config = testLlmConfig();
  const client = instrumentChatClient(createChatClient(config), kit.telemetry, 'interview');
  const interviewer = createLlmInterviewer({ client, config, retry: { baseDelayMs: 20, maxDelayMs: 50 } });
  const t = await makeTestApp({ interviewer, telemetry: kit.telemetry });
  cleanups.push(kit.close, t.cleanup);
  const ws = await t.workspace();
  const st = await t.study(ws.secretKey, { plan: TEST_PLAN });
  const se = await t.session(ws.publishableKey, st.id);
  return { t, se };
}

const REPLY = 'next\nThank you, that is clear.\nNOTE: answered';

describe('telemetry of the language model', () => {
  it('records each request’s duration and the input and output tokens the server reported, by use and model', async () => {
    const fake = fakeOpenAi(() => ({ stream: REPLY }));
    server.use(fake.handler);
    const { t, se } = await llmApp();
    expect((await postTurn(t, se, 't1', 'The billing page charged me twice.')).status).toBe(200);
    expect(fake.requests).toHaveLength(1);

    const durations = await kit.points<Histogram>('parley.model.duration');
    expect(histogramCount(durations)).toBe(1);
    expect(durations[0]!.attributes).toEqual({ 'parley.model.use': 'interview', 'gen_ai.request.model': 'gpt-4.1-mini', 'gen_ai.operation.name': 'chat' });
    const expected = wireUsage(fake.requests[0]!.prompt, REPLY);
    const tokens = await kit.points<Histogram>('parley.model.tokens');
    const byType = Object.fromEntries(tokens.map((p) => [p.attributes['gen_ai.token.type'], p.value.sum]));
    expect(byType).toEqual({ input: expected.prompt_tokens, output: expected.completion_tokens });

    const span = kit.spans().find((s) => s.name === 'chat gpt-4.1-mini');
    expect(span?.attributes).toMatchObject({ 'gen_ai.usage.input_tokens': expected.prompt_tokens, 'gen_ai.usage.output_tokens': expected.completion_tokens });
    // Nested under the turn it served.
    const turn = kit.spans().find((s) => s.name === 'parley.turn');
    expect(span!.parentSpanContext?.spanId).toBe(turn!.spanContext().spanId);
    // The prompt (with the participant's words) is never an attribute.
    for (const v of await kit.everyAttributeValue()) expect(v).not.toContain('charged me twice');
  });

  it('records a failed request with its error type and no tokens', async () => {
    server.use(fakeOpenAi(() => ({ status: 500 })).handler);
    const { t, se } = await llmApp();
    // The conductor's own question takes the turn when the model fails.
    expect((await postTurn(t, se, 't1', 'The billing page charged me twice.')).status).toBe(200);
    const durations = await kit.points<Histogram>('parley.model.duration');
    expect(histogramCount(durations)).toBe(3); // the first attempt and two retries
    expect(durations.every((p) => p.attributes['error.type'] === 'InternalServerError')).toBe(true);
    expect(await kit.points('parley.model.tokens')).toEqual([]);
  });

  it('records JSON (non-streamed) requests too', async () => {
    server.use(fakeOpenAi(() => ({ json: '{"ok":true}' })).handler);
    kit = memoryTelemetry();
    cleanups.push(kit.close);
    const client = instrumentChatClient(createChatClient(testLlmConfig()), kit.telemetry, 'plan');
    const complete = createJsonCompletion({
      client, config: testLlmConfig(), schema: z.object({ ok: z.boolean() }), schemaName: 'ok', task: 'plan', temperature: 0, maxTokens: 100, timeoutMs: 2000,
      policy: { maxRetries: 0, baseDelayMs: 10, maxDelayMs: 10, budgetMs: 2000 },
    });
    expect(await complete([{ role: 'user', content: 'hello' }])).toBe('{"ok":true}');
    const tokens = await kit.points<Histogram>('parley.model.tokens');
    expect(tokens.map((p) => [p.attributes['parley.model.use'], p.attributes['gen_ai.token.type']]).sort()).toEqual([['plan', 'input'], ['plan', 'output']]);
  });
});
