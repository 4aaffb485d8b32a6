import type OpenAI from 'openai';
import { openChatStream, type ChatStream, type ChatStreamOptions } from '../../llm/chat-stream.ts';
import { LlmError } from '../../llm/llm-error.ts';
import type { ConductorMove, TurnContext } from '../strategy.ts';
import type { InterviewRequest } from './interview-request.ts';
import { readMoveLine, type ModelSignal } from './move-line.ts';

/** A model reply whose move is known: the rest of its output is still streaming. */
export interface OpenedReply {
  move: ConductorMove;
  /** Set when the model's first line was a signal instead of a move (its stream is already closed). */
  signal?: ModelSignal;
  stream: ChatStream;
  /** Output that arrived after the move line, not yet shown. */
  rest: string;
}

/**
 * Sends one turn's request and reads only as far as the move line, so the move is decided by the same request that
 * words the reply (no second round trip), before anything is shown. A move the conductor did not allow is refused
 * here and the request cancelled. Without a move line, the output is taken as the reply only when a single move was
 * allowed; otherwise it is malformed.
 */
export async function openReply(client: OpenAI, request: InterviewRequest, ctx: TurnContext, options: ChatStreamOptions): Promise<OpenedReply> {
  const stream = await openChatStream(client, request.body, options);
  let output = '';
  try {
    for (;;) {
      const piece = await stream.next();
      const ended = piece === null;
      if (!ended) output += piece;
      const line = readMoveLine(ended ? `${output}\n` : output);
      if (line.kind === 'pending' && !ended) continue;
      if (line.kind === 'signal') {
        stream.close();
        return { move: ctx.allowed[0]!, signal: line.signal, stream, rest: '' };
      }
      if (line.kind === 'move') {
        if (!ctx.allowed.includes(line.move)) {
          throw new LlmError('disallowed_move', `the model chose "${line.move}", which the conductor did not allow (${ctx.allowed.join(', ')})`);
        }
        return { move: line.move, stream, rest: line.rest };
      }
      if (ctx.allowed.length === 1 && output.trim() !== '') return { move: ctx.allowed[0]!, stream, rest: output };
      throw new LlmError('malformed', ended ? 'the model ended without naming a move' : 'the model did not start with a move line');
    }
  } catch (err) {
    stream.close();
    throw err;
  }
}
