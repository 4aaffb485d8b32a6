import type { Experience } from '@parley/protocol';

/** What survives a reload: the session to resume, the unsent answer, and the draft being typed. */
export interface SavedSession {
  id: string;
  token: string;
  /** An answer sent but not yet acknowledged: resent with the same turn id so it is never lost nor duplicated. */
  pending?: { id: string; text: string };
  draft?: string;
  /** The study's welcome and end texts, which a resumed session cannot fetch with its token. */
  experience?: Experience;
}

/** Reads and writes one study's saved session; storage being unavailable or corrupt never breaks the widget. */
export class SessionStore {
  /** `key` comes from `savedSessionKey`. */
  constructor(private readonly key: string, private readonly storage: Storage | undefined = globalThis.localStorage) {}

  /** The saved session, if a valid one exists. */
  load(): SavedSession | undefined {
    try {
      const v = JSON.parse(this.storage?.getItem(this.key) ?? 'null');
      if (v && typeof v.id === 'string' && typeof v.token === 'string') {
        const pending = v.pending && typeof v.pending.id === 'string' && typeof v.pending.text === 'string' ? v.pending : undefined;
        const e = v.experience;
        const experience = e && typeof e.title === 'string' && typeof e.welcomeMessage === 'string' ? e : undefined;
        return { id: v.id, token: v.token, pending, draft: typeof v.draft === 'string' ? v.draft : undefined, experience };
      }
    } catch {
      /* unreadable: start afresh */
    }
    return undefined;
  }

  /** Merges changes into the saved session; without a session there is nothing to save. */
  save(changes: Partial<SavedSession>): void {
    try {
      const next = { ...this.load(), ...changes };
      // A record's existence is what the loader reads as "an unfinished interview": never write one without a session
      // (a late write after `Parley.reset()` or a finish must not bring a ghost back).
      if (next.id) this.storage?.setItem(this.key, JSON.stringify(next));
    } catch {
      /* full or blocked storage: the interview still works, it just won't resume */
    }
  }

  /** Forgets the session (finished, or no longer valid). */
  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      /* ignore */
    }
  }
}
