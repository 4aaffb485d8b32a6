import type { SessionRecord, StudyRecord } from '../../domain/records.ts';
import type { Store } from '../store.ts';
import type { StoreFixtures } from '../store.fixtures.ts';

/** What one contract test works with: a fresh store and its own fixture builders. */
export interface ContractContext {
  store: Store;
  f: StoreFixtures;
}

/** Creates a workspace with a secret and a publishable key. */
export async function givenWorkspace({ store, f }: ContractContext) {
  const workspace = f.workspace();
  const secret = f.credential(workspace.id, 'secret');
  const publishable = f.credential(workspace.id, 'publishable');
  await store.createWorkspace(workspace, [secret, publishable]);
  return { workspace, secret, publishable };
}

/** Creates a study in a workspace. */
export async function givenStudy({ store, f }: ContractContext, workspaceId: string, over: Partial<StudyRecord> = {}) {
  const study = f.study(workspaceId, over);
  await store.createStudy(study);
  return study;
}

/** Creates an active session of a study with its opening turns and session token. */
export async function givenSession({ store, f }: ContractContext, workspaceId: string, studyId: string, over: Partial<SessionRecord> = {}) {
  const session = f.session(workspaceId, studyId, over);
  const turns = f.openingTurns();
  const token = f.credential(workspaceId, 'session', session.id);
  await store.createSession(session, turns, token);
  return { session, turns, token };
}

/** Reads a session that must exist. */
export async function mustGetSession(store: Store, workspaceId: string, id: string) {
  const found = await store.getSession(workspaceId, id);
  if (!found) throw new Error(`session ${id} should exist in ${workspaceId}`);
  return found;
}
