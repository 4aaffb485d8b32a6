import { http, HttpResponse } from 'msw';

/** A base URL no real server answers; msw intercepts it. */
export const ANALYSIS_BASE_URL = 'http://analysis-llm.test/v1';

/** An answer as the extraction request lists it. */
export interface AskedAnswer {
  turnId: string;
  question: string;
  answer: string;
}

/** A request the fake model received, with the answers it was asked to analyse. */
export interface SeenAnalysisRequest {
  body: any;
  answers: AskedAnswer[];
  knownThemes: string[];
}

/** What the fake model does: a content string (the model's output), or an HTTP error. */
export type FakeReply = { content: string } | { status: number };

/** A chat completion in OpenAI's wire format, with usage counted as characters / 4. */
export function completionBody(model: string, content: string, promptChars: number) {
  const prompt_tokens = Math.ceil(promptChars / 4);
  const completion_tokens = Math.ceil(content.length / 4);
  return {
    id: 'chatcmpl-analysis',
    object: 'chat.completion',
    created: 1763900000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null, annotations: [] }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens },
    system_fingerprint: 'fp_fake',
  };
}

/** A plausible, valid extraction of the answers: one theme per sentence (at most two), labelled by a keyword. */
export function plausibleExtraction(answers: AskedAnswer[], label: (sentence: string) => string = keywordLabel): string {
  return JSON.stringify({
    turns: answers.map((a) => {
      const sentences = a.answer.match(/[^.!?]+[.!?]*/g)?.map((s) => s.trim()).filter(Boolean) ?? [a.answer];
      return {
        turnId: a.turnId,
        sentiment: /slow|wrong|frustrat|twice|again|expensive|crash/i.test(a.answer) ? -0.6 : 0.4,
        emotions: /frustrat/i.test(a.answer) ? ['frustration'] : [],
        themes: sentences.slice(0, 2).map((s) => ({ label: label(s), quote: s, sentiment: /slow|wrong|frustrat|twice|again/i.test(s) ? -0.6 : 0.3 })),
        painPoints: /slow|wrong/i.test(a.answer) ? ['Slow or wrong answers'] : [],
        goals: [],
        behaviors: [],
        journeyStage: null,
        quotes: sentences.slice(0, 1),
      };
    }),
  });
}

function keywordLabel(sentence: string): string {
  if (/invoice|bill|charge|price/i.test(sentence)) return 'Billing errors';
  if (/repl|answer|wait|week|slow/i.test(sentence)) return 'Slow replies';
  if (/agent|explain/i.test(sentence)) return 'Repeating myself';
  return 'Other feedback';
}

/** The fake model as an msw handler: `respond` sees each request (and its index) and says what to answer. */
export function fakeAnalysisModel(respond: (req: SeenAnalysisRequest, index: number) => FakeReply, base = ANALYSIS_BASE_URL) {
  const requests: SeenAnalysisRequest[] = [];
  const handler = http.post(`${base}/chat/completions`, async ({ request }) => {
    const body = (await request.json()) as any;
    const user = JSON.parse(body.messages.find((m: any) => m.role === 'user').content);
    const seen: SeenAnalysisRequest = { body, answers: user.answers, knownThemes: user.knownThemes };
    requests.push(seen);
    const reply = respond(seen, requests.length - 1);
    if ('status' in reply) return HttpResponse.json({ error: { message: 'fake failure', type: 'server_error', param: null, code: null } }, { status: reply.status });
    const promptChars = body.messages.reduce((n: number, m: any) => n + String(m.content).length, 0);
    return HttpResponse.json(completionBody(body.model, reply.content, promptChars));
  });
  return { handler, requests };
}
