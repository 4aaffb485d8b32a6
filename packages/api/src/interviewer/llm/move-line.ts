import type { ConductorMove } from '../strategy.ts';

/** The words the model names its move with on its first line (short, so the line costs about two tokens). */
export const MOVE_WORDS: Record<ConductorMove, string> = {
  probe: 'probe',
  clarify: 'clarify',
  next_question: 'next',
  wrap_up: 'wrap',
  respond: 'respond',
};

/** What the model may say on its first line instead of a move: that the participant asked for something the conductor decides. */
export type ModelSignal = 'stop' | 'skip' | 'time_pressure';

/** The words of the signals. */
export const SIGNAL_WORDS: Record<ModelSignal, string> = { stop: 'stop', skip: 'skip', time_pressure: 'hurry' };

/** What the start of the model's output says so far. */
export type MoveLine =
  | { kind: 'move'; move: ConductorMove; rest: string }
  | { kind: 'signal'; signal: ModelSignal }
  | { kind: 'pending' }
  | { kind: 'missing' };

// The move word, perhaps dressed up ("Move: probe", "[next]", "**wrap**", "Probe"), then a line break or a separator.
const TAG =
  /^\s*[[(*"'`]*\s*(?:move\s*[:=]\s*)?(probe|clarify|respond|next(?:[ _]question)?|wrap(?:[ _]up)?|stop|skip|hurry)\s*[\])*"'`.]*[ \t]*(?:\r?\n|[:|–—-][ \t]*|$)/i;
/** Past this many characters without a move line, there is none. */
const MAX_LINE = 48;

/**
 * Reads the move line at the start of the model's output as it streams in: `pending` until the line is complete,
 * then the move and whatever text followed it (or a signal), or `missing` when the output does not start with one.
 * A bare word at the very end of the output ("stop") counts only once the output is known to have ended, which the
 * caller marks with a trailing line break.
 */
export function readMoveLine(output: string): MoveLine {
  const match = TAG.exec(output);
  if (match && (match[0].endsWith('\n') || match[0].length < output.length || /[:|–—-][ \t]*$/.test(match[0]))) {
    const word = match[1]!.toLowerCase();
    if (word === 'stop' || word === 'skip' || word === 'hurry') return { kind: 'signal', signal: word === 'hurry' ? 'time_pressure' : word };
    return { kind: 'move', move: moveOf(word), rest: output.slice(match[0].length) };
  }
  const started = output.trimStart();
  if (started.length < MAX_LINE && !started.includes('\n')) return { kind: 'pending' };
  return { kind: 'missing' };
}

function moveOf(w: string): ConductorMove {
  if (w.startsWith('probe')) return 'probe';
  if (w.startsWith('clarify')) return 'clarify';
  if (w.startsWith('respond')) return 'respond';
  if (w.startsWith('next')) return 'next_question';
  return 'wrap_up';
}
