import { setupServer } from 'msw/node';
import { makeTestApp } from '../harness.ts';
import { makeLlmTestApp } from '../llm/llm-app.ts';
import { fakeOpenAi, type SeenRequest } from '../llm/fake-openai.ts';
import type { Participant } from './participant.ts';
import { PARTICIPANTS } from './participants.ts';
import { replay, type Replay } from './replay.ts';
import { score, type Score } from './rubric.ts';
import { misformatsOf, scriptedModel } from './scripted-model.ts';

/** Which interviewer the participants meet: the built-in offline one, or the LLM one against the scripted model. */
export type Strategy = 'offline' | 'llm';

/** One participant's interview and its score. */
export interface Scored {
  replay: Replay;
  score: Score;
}

/** Every interview of one strategy, and for the LLM one what the scripted model was asked and how it misformatted. */
export interface StrategyRun {
  strategy: Strategy;
  scored: Scored[];
  model?: { requests: SeenRequest[]; misformats: Record<string, number> };
}

/** Options of a run: plans as the two older lists (`lists`), a subset of participants (`only`). */
export interface RunOptions {
  lists?: boolean;
  only?: readonly Participant[];
}

/**
 * Replays every scripted participant against one strategy, each in a fresh app on its own embedded store; for the
 * LLM strategy, msw serves the scripted model at the fake OpenAI base URL in OpenAI's streamed chunk format.
 */
export async function runStrategy(strategy: Strategy, options: RunOptions = {}): Promise<StrategyRun> {
  const model = strategy === 'llm' ? fakeOpenAi((req) => scriptedModel(req)) : undefined;
  const server = model ? setupServer(model.handler) : undefined;
  server?.listen({ onUnhandledRequest: 'error' });
  try {
    const scored: Scored[] = [];
    for (const participant of options.only ?? PARTICIPANTS) {
      const t = strategy === 'llm' ? await makeLlmTestApp() : await makeTestApp();
      try {
        const r = await replay(t, participant, { lists: options.lists ?? false });
        scored.push({ replay: r, score: score(r) });
      } catch (err) {
        throw new Error(`${strategy} × ${participant.name}: ${(err as Error).message}`, { cause: err });
      } finally {
        await t.cleanup();
      }
    }
    if (!model) return { strategy, scored };
    const misformats: Record<string, number> = {};
    for (const req of model.requests) {
      const answer = scriptedModel(req);
      for (const m of 'stream' in answer ? misformatsOf(req, answer.stream) : []) misformats[m] = (misformats[m] ?? 0) + 1;
    }
    return { strategy, scored, model: { requests: model.requests, misformats } };
  } finally {
    server?.close();
  }
}
