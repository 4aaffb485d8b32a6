import type { ChatStream } from '../../llm/chat-stream.ts';
import { LlmError } from '../../llm/llm-error.ts';
import { createNoteSplitter, type CoveredLine } from './note-line.ts';
import { createPlainTextFilter } from './plain-text.ts';
import type { LeakGuard } from './leak-guard.ts';

/** The longest reply shown, in characters (the prompt asks for about 45 words; this leaves room, not a second speech). */
export const MAX_REPLY_CHARS = 600;

/** What the model wrote besides the reply itself. */
export interface ReplyExtras {
  /** Its note on the answer, unless there was none or it quoted private text. */
  note?: string;
  /** Its story line, on the same terms. */
  story?: string;
  /** Guide questions it says the participant already answered (checked by the conductor). */
  covered?: CoveredLine[];
}

/**
 * Streams the participant-facing part of a model reply: the note line split off, markup removed, quotes of private
 * text stopped, length capped. Pieces are yielded as soon as they are safe to show. Throws (after yielding what
 * was safe) when the stream breaks, the reply quotes private text, runs past the cap or was cut by the token limit;
 * the conductor then completes the reply.
 */
export async function* replyText(stream: ChatStream, first: string, guard: LeakGuard, extras: ReplyExtras): AsyncGenerator<string> {
  const notes = createNoteSplitter();
  const plain = createPlainTextFilter();
  let shown = 0;
  const capped = function* (text: string): Generator<string> {
    if (!text) return;
    if (shown + text.length <= MAX_REPLY_CHARS) {
      shown += text.length;
      yield text;
      return;
    }
    const room = text.slice(0, MAX_REPLY_CHARS - shown);
    const cut = room.lastIndexOf(' ');
    if (cut > 0) yield room.slice(0, cut);
    throw new LlmError('malformed', `the reply ran past ${MAX_REPLY_CHARS} characters`);
  };

  let piece: string | null = first;
  while (piece !== null) {
    if (!notes.inNote()) yield* capped(guard.push(plain.push(notes.push(piece))));
    else notes.push(piece);
    piece = await stream.next();
  }
  yield* capped(guard.push(plain.push(notes.end()) + plain.end()));
  yield* capped(guard.end());
  const note = notes.note();
  if (note && !guard.quotes(note)) extras.note = note;
  const story = notes.story();
  if (story && !guard.quotes(story)) extras.story = story;
  const covered = notes.covered();
  if (covered.length > 0) extras.covered = covered;
  const finish = stream.finishReason();
  if (!notes.inNote() && (finish === 'length' || finish === 'content_filter')) {
    throw new LlmError('malformed', `the reply was cut off (${finish})`);
  }
}
