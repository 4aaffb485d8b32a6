import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { AskRequest, AskStreamEvent } from '@parley/protocol';
import type { AppEnv } from '../http/app-env.ts';
import { authenticate, workspaceOf } from '../auth/authenticate.ts';
import { limitCaller } from '../ratelimit/limit-caller.ts';
import { readJson } from '../http/read-json.ts';
import { notFound } from '../http/api-error.ts';
import { analysisOf } from '../analysis/analysis.ts';
import { answerQuestion, answerPieces } from '../analysis/ask/answer-question.ts';

/**
 * `POST /v1/studies/:id/ask` (secret key): a question answered from the study's interviews, citing real turns.
 * SSE (`delta`… then `done {answer, citations}`) with `accept: text/event-stream`, else JSON. With a language model
 * configured it writes the answer from the retrieved quotes (streamed as written); else the answer is extractive.
 * SSE event names are wire names: never change them.
 */
export function askRoutes() {
  return new Hono<AppEnv>().post('/:id/ask', authenticate('secret'), limitCaller(), async (c) => {
    const { question } = await readJson(c, AskRequest);
    const deps = c.var.deps;
    const id = c.req.param('id');
    const analysis = analysisOf(deps);
    const view = await analysis.view(deps, workspaceOf(c.var.principal), id);
    if (!view) throw notFound('study', id);
    const offline = answerQuestion(analysis.engine, view.entry.model, question);
    const asker = analysis.asker;
    const streaming = (c.req.header('accept') ?? '').includes('text/event-stream');
    if (!asker) {
      if (!streaming) return c.json(offline);
      return streamSSE(c, async (stream) => {
        for (const piece of answerPieces(offline.answer)) await stream.writeSSE({ event: AskStreamEvent.delta, data: JSON.stringify({ text: piece }) });
        await stream.writeSSE({ event: AskStreamEvent.done, data: JSON.stringify(offline) });
      });
    }
    const study = await deps.store.getStudy(workspaceOf(c.var.principal), id);
    const input = { question, researchQuestion: study?.researchQuestion ?? '', offline, signal: c.req.raw.signal };
    if (!streaming) return c.json(await asker.answer({ ...input, onDelta: async () => undefined }));
    return streamSSE(c, async (stream) => {
      const result = await asker.answer({ ...input, onDelta: (text) => stream.writeSSE({ event: AskStreamEvent.delta, data: JSON.stringify({ text }) }) });
      await stream.writeSSE({ event: AskStreamEvent.done, data: JSON.stringify(result) });
    });
  });
}
