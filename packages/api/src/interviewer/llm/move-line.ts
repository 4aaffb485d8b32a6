import type { ConductorMove } from '../strategy.ts';

/** The words the model names its move with on its first line (short, so the line costs about two tokens). */
export const MOVE_WORDS: Record<ConductorMove, string> = {
  probe: 'probe',
  clarify: 'clarify',
  next_question: 'next',
  wrap_up: 'wrap',
};

/** What the start of the model's output says so far. */
export type MoveLine =
  | { kind: 'move'; move: ConductorMove; rest: string }
  | { kind: 'pending' }
  | { kind: 'missing' };

// The move word, perhaps dressed up ("Move: probe", "[next]", "**wrap**"), then a line break or a separator.
const TAG =
  /^\s*[[(*"'`]*\s*(?:move\s*[:=]\s*)?(probe|clarify|next(?:[ _]question)?|wrap(?:[ _]up)?)\s*[\])*"'`.]*[ \t]*(?:\r?\n|[:|–—-][ \t]*)/i;
/** Past this many characters without a move line, there is none. */
const MAX_LINE = 48;

/**
 * Reads the move line at the start of the model's output as it streams in: `pending` until the line is complete,
 * then the move and whatever text followed it, or `missing` when the output does not start with one.
 */
export function readMoveLine(output: string): MoveLine {
  const match = TAG.exec(output);
  if (match) return { kind: 'move', move: moveOf(match[1]!), rest: output.slice(match[0].length) };
  const started = output.trimStart();
  if (started.length < MAX_LINE && !started.includes('\n')) return { kind: 'pending' };
  return { kind: 'missing' };
}

function moveOf(word: string): ConductorMove {
  const w = word.toLowerCase();
  if (w.startsWith('probe')) return 'probe';
  if (w.startsWith('clarify')) return 'clarify';
  if (w.startsWith('next')) return 'next_question';
  return 'wrap_up';
}
