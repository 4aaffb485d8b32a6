import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Workspace } from '@parley/protocol';
import type { ApiClient } from '../api/api-client.ts';

/** What every signed-in screen needs: the API client and the workspace it acts in. */
export interface ConsoleSession {
  api: ApiClient;
  /** Null for a moment after a reload: the stored key is checked while the screen already loads its data. */
  workspace: Workspace | null;
}

/** Carries the signed-in session down to the screens. */
export const ConsoleContext = createContext<ConsoleSession | null>(null);

/** The signed-in session (screens are only rendered once signed in). */
export function useConsole(): ConsoleSession {
  const session = useContext(ConsoleContext);
  if (!session) throw new Error('useConsole outside a signed-in console');
  return session;
}
