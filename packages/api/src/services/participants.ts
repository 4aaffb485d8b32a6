import type { Attributes } from '@parley/protocol';
import type { AppDeps } from '../deps.ts';
import type { ParticipantRecord } from '../domain/records.ts';
import { StoreUnavailableError } from '../store/store.ts';

const SAVE_ATTEMPTS = 10;

/** A participant as stored, or a fresh (unsaved, version 0) one. */
export async function loadParticipant(deps: AppDeps, workspaceId: string, id: string): Promise<ParticipantRecord> {
  return (await deps.store.getParticipant(workspaceId, id)) ?? { workspaceId, id, attributes: {}, contacts: {}, pending: [], version: 0 };
}

/**
 * Read-modify-writes a participant with compare-and-set, retrying when another request saved in between, so two
 * events for one person at the same moment never lose each other's invitations.
 */
export async function updateParticipant(
  deps: AppDeps,
  workspaceId: string,
  id: string,
  change: (p: ParticipantRecord) => ParticipantRecord,
): Promise<ParticipantRecord> {
  for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
    const current = await loadParticipant(deps, workspaceId, id);
    const next = change(structuredClone(current));
    if (await deps.store.saveParticipant(next, current.version)) return { ...next, version: current.version + 1 };
    // Jittered backoff, so several starts of one person at once (a few tabs, a retrying client) stop colliding.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 4 * (attempt + 1)));
  }
  throw new StoreUnavailableError(`participant ${id} kept changing under concurrent writes`);
}

/** Merges newly reported attributes over the known ones. */
export function mergeAttributes(known: Attributes, reported: Attributes | undefined): Attributes {
  return reported ? { ...known, ...reported } : known;
}

/**
 * Notes that a study started an interview (`sessionId`) with this participant (for recontact windows), drops its
 * pending invite, and returns the session of that study they had started before, if any: the caller ends it if it is
 * still active (they started again on another device). The compare-and-set save orders concurrent starts, so each
 * sees the one before it and only the last one stays active.
 */
export async function recordContact(deps: AppDeps, workspaceId: string, participantId: string, studyId: string, at: string, sessionId: string): Promise<string | undefined> {
  let previous: string | undefined;
  await updateParticipant(deps, workspaceId, participantId, (p) => {
    previous = p.activeSessions?.[studyId];
    return {
      ...p,
      lastContactAt: at,
      contacts: { ...p.contacts, [studyId]: at },
      pending: p.pending.filter((x) => x.studyId !== studyId),
      activeSessions: { ...p.activeSessions, [studyId]: sessionId },
    };
  });
  return previous === sessionId ? undefined : previous;
}
