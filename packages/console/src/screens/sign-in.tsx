import { useState } from 'preact/hooks';
import type { Workspace } from '@parley/protocol';
import { createApiClient, type ApiClient } from '../api/api-client.ts';
import { asFailure, type ApiFailure } from '../api/api-failure.ts';
import { ErrorNotice } from '../components/error-notice.tsx';

/** Checks a secret key against the API and signs in with it. */
export async function signIn(apiBase: string, key: string): Promise<{ api: ApiClient; workspace: Workspace }> {
  const api = createApiClient(apiBase, key);
  return { api, workspace: await api.get<Workspace>('/v1/workspace') };
}

/** The first screen: paste the workspace's secret key. */
export function SignIn({ apiBase, onSignedIn, initialError }: { apiBase: string; onSignedIn(key: string, session: { api: ApiClient; workspace: Workspace }): void; initialError?: ApiFailure | null }) {
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(initialError ?? null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(key.trim(), await signIn(apiBase, key.trim()));
    } catch (err) {
      setError(asFailure(err));
      setBusy(false);
    }
  };
  return (
    <main class="sign-in" id="main">
      <form class="card" onSubmit={submit}>
        <h1>Sign in to Parley</h1>
        <p class="muted">Paste your workspace's secret key. It stays in this browser tab only, and is forgotten when you close it.</p>
        <label for="secret-key">Secret key</label>
        <input id="secret-key" type="password" autoComplete="off" spellcheck={false} placeholder="sk_…" required pattern="sk_.+" title="A secret key starts with sk_" value={key} onInput={(e) => setKey(e.currentTarget.value)} aria-describedby="secret-key-hint" />
        <p class="hint" id="secret-key-hint">
          Running Parley on your machine? <code>npm start</code> prints the key in the terminal, next to <em>Secret key</em>.
        </p>
        {error && <ErrorNotice error={error} />}
        <button class="primary" type="submit" disabled={busy || !key.trim()}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
