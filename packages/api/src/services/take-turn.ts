import { MAX_MESSAGE_CHARS, type PostTurnRequest, type TurnResult } from '@parley/protocol';
import type { AppDeps } from '../deps.ts';
import type { SessionWithTurns, StoredTurn } from '../domain/records.ts';
import type { Principal } from '../auth/principal.ts';
import { ApiError, notFound } from '../http/api-error.ts';
import type { KeyedMutex } from './keyed-mutex.ts';
import { presentTurn } from './present-session.ts';
import { announceCompleted } from './session-completed.ts';

/** A turn that is either already answered (a retry) or ready to be answered, with the session locked until it is. */
export type PreparedTurn =
  | { kind: 'replay'; result: TurnResult }
  | { kind: 'reply'; run(onDelta: (text: string) => Promise<void>): Promise<TurnResult> };

/**
 * Checks a participant turn and locks its session. Every failure the caller can cause is thrown here, before any
 * byte of a stream is sent, so it gets a proper status code.
 */
export async function prepareTurn(
  deps: AppDeps,
  locks: KeyedMutex,
  principal: Principal,
  sessionId: string,
  input: PostTurnRequest,
): Promise<PreparedTurn> {
  if (input.text.length > MAX_MESSAGE_CHARS) {
    throw new ApiError('payload_too_large', `A message may be at most ${MAX_MESSAGE_CHARS} characters; this one has ${input.text.length}.`);
  }
  const workspaceId = sessionWorkspace(principal, sessionId);
  const release = await locks.acquire(sessionId);
  try {
    const found = await deps.store.getSession(workspaceId, sessionId);
    if (!found) throw notFound('session', sessionId);
    const replay = storedResult(found, input);
    if (replay) {
      release();
      return { kind: 'replay', result: replay };
    }
    if (found.session.status !== 'active') throw new ApiError('conflict', `This session is ${found.session.status}; it takes no more turns.`);
    const study = await deps.store.getStudy(workspaceId, found.session.studyId);
    if (!study) throw notFound('study', found.session.studyId);
    return {
      kind: 'reply',
      run: async (onDelta) => {
        try {
          return await answer(deps, found, study, input, onDelta);
        } finally {
          release();
        }
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/** The workspace a principal may touch this session in; a session token only ever reaches its own session. */
export function sessionWorkspace(principal: Principal, sessionId: string): string {
  if (principal.kind === 'session') {
    if (principal.sessionId !== sessionId) throw new ApiError('permission', 'This session token belongs to another session.');
    return principal.workspaceId;
  }
  if (principal.kind === 'secret') return principal.workspaceId;
  throw new ApiError('permission', 'Only a session token or a secret key can use a session.');
}

async function answer(
  deps: AppDeps,
  found: SessionWithTurns,
  study: NonNullable<Awaited<ReturnType<AppDeps['store']['getStudy']>>>,
  input: PostTurnRequest,
  onDelta: (text: string) => Promise<void>,
): Promise<TurnResult> {
  const { store, interviewer, clock, ids } = deps;
  const { session, turns } = found;
  const now = clock.now();
  const replyId = ids.id('tu');
  const participantTurn: StoredTurn = { id: input.id, role: 'participant', text: input.text, at: now.toISOString(), replyId };
  const stream = interviewer.reply({
    plan: study.plan,
    experience: study.experience,
    state: session.state,
    turns: [...turns.map(presentTurn), presentTurn(participantTurn)],
    answer: input.text,
    startedAt: new Date(session.startedAt),
    now,
    ...(session.locale ? { locale: session.locale } : {}),
  });
  for await (const piece of stream.deltas) await onDelta(piece);
  const outcome = await stream.outcome;
  const endedAt = clock.now().toISOString();
  const reply: StoredTurn = {
    id: replyId,
    role: 'interviewer',
    text: outcome.text,
    at: endedAt,
    result: { progress: outcome.progress, status: outcome.status },
  };
  const committed = await store.commitTurn(session.workspaceId, session.id, {
    expectedVersion: session.version,
    participantTurn,
    reply,
    changes: {
      state: outcome.state,
      progress: outcome.progress,
      status: outcome.status,
      fallbacks: session.fallbacks + (outcome.fellBack ? 1 : 0),
      ...(outcome.usage
        ? {
            usage: {
              promptTokens: (session.usage?.promptTokens ?? 0) + outcome.usage.promptTokens,
              completionTokens: (session.usage?.completionTokens ?? 0) + outcome.usage.completionTokens,
            },
          }
        : {}),
      ...(outcome.status === 'completed' ? { endReason: outcome.endReason ?? 'completed', endedAt } : {}),
    },
  });
  if (committed.ok) {
    // A researcher's test session is no interview: no webhook, nothing for the analysis.
    if (!committed.session.test) {
      if (outcome.status === 'completed') announceCompleted(deps, committed.session);
      deps.analysis?.turnCommitted(deps, { session: committed.session, turns: [...turns, participantTurn, reply] });
    }
    if (outcome.fellBack) deps.logger.info('interviewer_fallback', { sessionId: session.id, turnId: input.id });
    return { turn: presentTurn(participantTurn), reply: presentTurn(reply), progress: outcome.progress, status: outcome.status };
  }
  if (committed.reason === 'not_found') throw notFound('session', session.id);
  if (committed.reason === 'duplicate_turn' || committed.reason === 'stale') {
    // Another API process may have answered this same turn id first: return its answer, as a retry would get.
    const again = await store.getSession(session.workspaceId, session.id);
    const replay = again && storedResult(again, input);
    if (replay) return replay;
  }
  throw new ApiError('conflict', 'Another turn was taken on this session at the same time; fetch the session and retry.');
}

/** The stored answer to a turn id, if it was already taken; a reused id with other text is a conflict. */
function storedResult({ session, turns }: SessionWithTurns, input: PostTurnRequest): TurnResult | null {
  const turn = turns.find((t) => t.id === input.id);
  if (!turn) return null;
  if (turn.role !== 'participant' || turn.text !== input.text) {
    throw new ApiError('conflict', `Turn id "${input.id}" was already used with different text.`);
  }
  const reply = turns.find((t) => t.id === turn.replyId);
  if (!reply) throw new ApiError('internal', 'A stored turn has no reply.');
  const result = reply.result ?? { progress: session.progress, status: session.status === 'completed' ? 'completed' : 'active' };
  return { turn: presentTurn(turn), reply: presentTurn(reply), progress: result.progress, status: result.status };
}
