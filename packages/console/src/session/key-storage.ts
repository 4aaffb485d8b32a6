// Storage key: a wire name, never rename it (a rename would sign everyone out).
const KEY = 'parley.console.secretKey';

/** Where the secret key lives while the tab is open: sessionStorage, never a URL, never localStorage. */
export const keyStorage = {
  /** The stored key, if any (and if storage is usable at all). */
  load(): string | null {
    try {
      return sessionStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  /** Keeps the key for this tab. */
  save(key: string): void {
    try {
      sessionStorage.setItem(KEY, key);
    } catch {
      // Private modes can refuse storage: the console still works until the tab is reloaded.
    }
  },
  /** Forgets the key (sign out). */
  clear(): void {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // Nothing stored, nothing to forget.
    }
  },
};
