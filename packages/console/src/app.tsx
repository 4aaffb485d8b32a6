import { useEffect, useRef, useState } from 'preact/hooks';
import type { Workspace } from '@parley/protocol';
import { createApiClient, type ApiClient } from './api/api-client.ts';
import { asFailure, type ApiFailure } from './api/api-failure.ts';
import { ConsoleContext, type ConsoleSession } from './session/console-context.ts';
import { keyStorage } from './session/key-storage.ts';
import { useRoute } from './routing/use-route.ts';
import { href, type Route } from './routing/routes.ts';
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

const TITLES: Record<Route['name'], string> = {
  studies: 'Studies',
  new: 'New study',
  setup: 'Set up a study',
  study: 'Study',
  transcript: 'Interview',
  'not-found': 'Not found',
};

/** Moves focus to the page's main content (skip link, and after a screen change so screen readers start there). */
function focusMain(): void {
  const main = document.getElementById('main');
  if (!main) return;
  main.setAttribute('tabindex', '-1');
  main.focus({ preventScroll: true });
}

/** The researchers' console: sign-in, then studies, setup, and findings. `apiBase` is the Parley API's origin. */
export function App({ apiBase }: { apiBase: string }) {
  const route = useRoute();
  // A key kept from earlier in this tab opens the screen at once (its data loads in parallel with the key check);
  // if the check fails, the console signs out and says why.
  const [session, setSession] = useState<ConsoleSession | null>(() => {
    const key = keyStorage.load();
    return key ? { api: createApiClient(apiBase, key), workspace: null } : null;
  });
  const [restoreError, setRestoreError] = useState<ApiFailure | null>(null);
  useEffect(() => {
    const key = keyStorage.load();
    if (!key) return;
    signIn(apiBase, key).then(
      (s) => setSession(s),
      (err: unknown) => {
        const failure = asFailure(err);
        // A key the API no longer accepts is forgotten; a server that is down keeps it for the next try.
        if (failure.type === 'authentication') keyStorage.clear();
        setRestoreError(failure);
        setSession(null);
      },
    );
  }, [apiBase]);
  const previous = useRef<Route | null>(null);
  useEffect(() => {
    document.title = `${TITLES[route.name]} · Parley`;
    // On a new screen (not the first load, not a tab of the same study), focus starts at its content, as after a page
    // load; the setup steps focus their own heading.
    const before = previous.current;
    previous.current = route;
    const sameStudy = before?.name === 'study' && route.name === 'study' && before.studyId === route.studyId;
    if (before && !sameStudy && route.name !== 'setup') focusMain();
  }, [route]);
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
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), focusMain())}>
        Skip to content
      </a>
      <header class="topbar">
        <a class="brand" href="#/">
          Parley
        </a>
        {session && (
          <div class="account">
            <span class="muted small">{session.workspace?.name ?? ''}</span>
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
      ) : (
        <SignIn apiBase={apiBase} onSignedIn={signedIn} initialError={restoreError} />
      )}
    </div>
  );
}
