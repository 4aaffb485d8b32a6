import { makeTestApp } from '../harness.ts';
import type { LlmConfig } from '../../src/llm/config.ts';
import { createChatClient } from '../../src/llm/client.ts';
import type { RetryPolicy } from '../../src/llm/retry.ts';
import { createLlmInterviewer } from '../../src/interviewer/llm/llm-interviewer.ts';
import { FAKE_BASE_URL } from './fake-openai.ts';

/** Settings for an API wired to the fake model; short waits so fault tests stay fast. */
export function testLlmConfig(overrides: Partial<LlmConfig> = {}): LlmConfig {
  return {
    apiKey: 'sk-test-key',
    baseUrl: FAKE_BASE_URL,
    model: 'gpt-4.1-mini',
    analysisModel: 'gpt-4.1-mini',
    timeoutMs: 2_000,
    maxRetries: 2,
    tokenLimitParam: 'max_completion_tokens',
    ...overrides,
  };
}

/** A test app (harness.ts) whose interviewer is the LLM one, talking to the fake model through msw. */
export async function makeLlmTestApp(options: { config?: Partial<LlmConfig>; retry?: Partial<RetryPolicy> } = {}) {
  const config = testLlmConfig(options.config);
  const client = createChatClient(config);
  const interviewer = createLlmInterviewer({ client, config, retry: { baseDelayMs: 20, maxDelayMs: 50, ...options.retry } });
  return makeTestApp({ interviewer });
}

/** A plan with known questions, budgets with room, and canary words in its private parts. */
export const TEST_PLAN = {
  researchType: 'evaluative',
  description: 'Support experience study about the zephyrquill escalation path and what customers go through after a ticket.',
  goals: [
    'Understand what participants contacted support about and what they had tried first',
    'Measure the marmotwhistle effort index it took to get an issue resolved',
    'Learn which channel participants used and how the conversation ended',
  ],
  targetParticipants: 'Customers of the lanternfjord cohort whose ticket was solved last week.',
  mandatoryQuestions: [
    'Tell me about the issue you contacted support about most recently.',
    'How much effort did it take on your side to get it resolved?',
    'What would have made getting help from us better for you?',
  ],
  coreQuestions: [
    'Which channel did you use to get in touch, and what made you choose it?',
    'Walk me through what happened after you got in touch.',
    'What did you do after the conversation with support ended?',
  ],
  flow: ['What happened', 'Getting it resolved', 'Looking back'],
  maxTurns: 16,
  maxMinutes: 15,
  language: 'en',
} as const;

/** Posts one JSON turn. */
export async function postTurn(t: Awaited<ReturnType<typeof makeTestApp>>, session: { id: string; token: string }, id: string, text: string) {
  return t.call('POST', `/v1/sessions/${session.id}/turns`, { key: session.token, body: { id, text } });
}

/** Runs an interview through HTTP until it completes (or `limit` turns), answering with `answer(i)`. */
export async function runInterview(
  t: Awaited<ReturnType<typeof makeTestApp>>,
  session: { id: string; token: string; turns: { text: string }[] },
  answer: (i: number) => string,
  limit = 40,
) {
  const replies: { text: string; status: string }[] = [];
  for (let i = 0; i < limit; i += 1) {
    const res = await postTurn(t, session, `t${i}`, answer(i));
    if (res.status !== 200) throw new Error(`turn ${i}: ${res.status} ${res.text}`);
    replies.push({ text: res.json.reply.text, status: res.json.status });
    t.clock.advance(30_000);
    if (res.json.status === 'completed') break;
  }
  return { replies, texts: [session.turns[0]!.text, ...replies.map((r) => r.text)] };
}
