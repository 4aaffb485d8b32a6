import { useEffect, useState } from 'preact/hooks';
import type { Workspace } from '@parley/protocol';
import type { ApiClient } from './api/api-client.ts';
import type { ApiFailure } from './api/api-failure.ts';
import { ConsoleContext, type ConsoleSession } from './session/console-context.ts';
import { keyStorage } from './session/key-storage.ts';
import { useRoute } from './routing/use-route.ts';
import { href, type Route } from './routing/routes.ts';
import { Loading } from './components/loading.tsx';
import { EmptyState } from './components/empty-state.tsx';
import { SignIn, signIn } from './screens/sign-in.tsx';
import { StudiesList } from './screens/studies-list.tsx';
import { QuestionStep } from './screens/setup/question-step.tsx';
import { SetupPage } from './screens/setup/setup-page.tsx';
import { StudyPage } from './screens/study/study-page.tsx';
import { TranscriptPage } from './screens/study/transcript-page.tsx';

/** The screen for a route. */
function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'studies':
      return <StudiesList />;
    case 'new':
      return <QuestionStep />;
    case 'setup':
      return <SetupPage key={route.studyId} studyId={route.studyId} step={route.step} />;
    case 'study':
      return <StudyPage key={route.studyId} studyId={route.studyId} tab={route.tab} />;
    case 'transcript':
      return <TranscriptPage key={route.sessionId} studyId={route.studyId} sessionId={route.sessionId} turnId={route.turnId} />;
    case 'not-found':
      return (
        <main id="main" class="page">
          <EmptyState title="There is no such page">
            <a href={href({ name: 'studies' })}>Go to your studies</a>
          </EmptyState>
        </main>
      );
  }
}

/** The researchers' console: sign-in, then studies, setup, and findings. `apiBase` is the Parley API's origin. */
export function App({ apiBase }: { apiBase: string }) {
  const route = useRoute();
  const [session, setSession] = useState<ConsoleSession | null>(null);
  const [restoring, setRestoring] = useState(() => Boolean(keyStorage.load()));
  const [restoreError, setRestoreError] = useState<ApiFailure | null>(null);
  useEffect(() => {
    const key = keyStorage.load();
    if (!key) return;
    signIn(apiBase, key).then(
      (s) => (setSession(s), setRestoring(false)),
      (err: ApiFailure) => {
        // A key the API no longer accepts is forgotten; a server that is down keeps it for the next try.
        if (err.type === 'authentication') keyStorage.clear();
        setRestoreError(err);
        setRestoring(false);
      },
    );
  }, [apiBase]);
  const signedIn = (key: string, s: { api: ApiClient; workspace: Workspace }) => {
    keyStorage.save(key);
    setSession(s);
  };
  const signOut = () => {
    keyStorage.clear();
    setSession(null);
    location.hash = '#/';
  };
  return (
    <div class="app">
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header class="topbar">
        <a class="brand" href="#/">
          Parley
        </a>
        {session && (
          <div class="account">
            <span class="muted small">{session.workspace.name}</span>
            <button type="button" class="link" onClick={signOut}>
              Sign out
            </button>
          </div>
        )}
      </header>
      {session ? (
        <ConsoleContext.Provider value={session}>
          <Screen route={route} />
        </ConsoleContext.Provider>
      ) : restoring ? (
        <main id="main" class="page">
          <Loading label="Signing in…" />
        </main>
      ) : (
        <SignIn apiBase={apiBase} onSignedIn={signedIn} initialError={restoreError} />
      )}
    </div>
  );
}
