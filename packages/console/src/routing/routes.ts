/** Study page tabs, in the order they are shown. */
export const STUDY_TABS = ['insights', 'sessions', 'ask', 'personas', 'share'] as const;
/** One study page tab. */
export type StudyTab = (typeof STUDY_TABS)[number];
/** Setup steps after the research question, in order. */
export const SETUP_STEPS = ['plan', 'experience', 'distribution', 'publish'] as const;
/** One setup step. */
export type SetupStep = (typeof SETUP_STEPS)[number];

/** Every screen of the console, as parsed from the URL hash (so reloading or sharing a URL lands on the same screen). */
export type Route =
  | { name: 'studies' }
  | { name: 'new' }
  | { name: 'setup'; studyId: string; step: SetupStep }
  | { name: 'study'; studyId: string; tab: StudyTab }
  | { name: 'transcript'; studyId: string; sessionId: string; turnId: string | null }
  | { name: 'not-found' };

const ID = '([A-Za-z0-9_-]{1,64})';

/** Parses a hash such as `#/studies/st_1/sessions/se_2?turn=tu_3`. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const clean = path.replace(/\/+$/, '') || '/';
  if (clean === '/' || clean === '/studies') return { name: 'studies' };
  if (clean === '/new') return { name: 'new' };
  let m = new RegExp(`^/studies/${ID}/setup(?:/([a-z]+))?$`).exec(clean);
  if (m) {
    const step = (SETUP_STEPS as readonly string[]).includes(m[2] ?? '') ? (m[2] as SetupStep) : 'plan';
    return { name: 'setup', studyId: m[1]!, step };
  }
  m = new RegExp(`^/studies/${ID}/sessions/${ID}$`).exec(clean);
  if (m) return { name: 'transcript', studyId: m[1]!, sessionId: m[2]!, turnId: new URLSearchParams(query).get('turn') };
  m = new RegExp(`^/studies/${ID}(?:/([a-z]+))?$`).exec(clean);
  if (m && (m[2] === undefined || (STUDY_TABS as readonly string[]).includes(m[2]))) return { name: 'study', studyId: m[1]!, tab: (m[2] as StudyTab) ?? 'insights' };
  return { name: 'not-found' };
}

/** The hash of a route, for links. */
export function href(route: Route): string {
  switch (route.name) {
    case 'studies':
    case 'not-found':
      return '#/';
    case 'new':
      return '#/new';
    case 'setup':
      return `#/studies/${route.studyId}/setup/${route.step}`;
    case 'study':
      return `#/studies/${route.studyId}${route.tab === 'insights' ? '' : `/${route.tab}`}`;
    case 'transcript':
      return `#/studies/${route.studyId}/sessions/${route.sessionId}${route.turnId ? `?turn=${encodeURIComponent(route.turnId)}` : ''}`;
  }
}

/** Goes to a route (adds a history entry, like following a link). */
export function navigate(route: Route): void {
  location.hash = href(route);
}
