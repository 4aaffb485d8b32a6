import type { ComponentChildren } from 'preact';
import type { Study } from '@parley/protocol';
import { useConsole } from '../../session/console-context.ts';
import { CopyButton } from '../../components/copy-button.tsx';

/** A block of code with a copy button. */
function Snippet({ id, title, code, level, children }: { id: string; title: string; code: string; level: 2 | 3; children?: ComponentChildren }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="snippet" aria-labelledby={id}>
      <div class="snippet-head">
        <Heading id={id}>{title}</Heading>
        <CopyButton text={code} label={`Copy ${title.toLowerCase()}`} />
      </div>
      {children}
      <pre>
        <code>{code}</code>
      </pre>
    </section>
  );
}

/** The public link of a live study (the hosted interview page). */
export function shareLink(base: string, studyId: string): string {
  return `${base}/i/s/${studyId}`;
}

/** How to put the study in front of people: the loader for triggers, a server event, the element inline (`level`: heading level of each). */
export function EmbedSnippets({ study, level = 3 }: { study: Study; level?: 2 | 3 }) {
  const { api, workspace } = useConsole();
  // The deployment's public address and widget location (PARLEY_PUBLIC_URL, PARLEY_WIDGET_URL), as the API reports them;
  // the address this console talks to may be an internal one.
  const base = workspace?.embed?.apiUrl ?? api.base;
  const widget = workspace?.embed?.widgetUrl ?? `${base}/widget`;
  const pk = workspace?.publishableKey ?? 'pk_…';
  // The loader's stub (docs/widget.md): calls made before parley.js arrives are queued, then replayed by it.
  const loader = `<script>
  ((w, d, P, s) => {
    if (w.Parley) return;
    P = w.Parley = { q: [] };
    for (const m of ['init', 'identify', 'track', 'page', 'show', 'reset']) P[m] = (...a) => P.q.push([m, a]);
    s = d.createElement('script');
    s.async = true;
    s.src = '${widget}/parley.js';
    d.head.append(s);
  })(window, document);
  Parley.init({ api: '${base}', publishableKey: '${pk}' });
  Parley.identify('THE_USER_ID', { plan: 'pro' });
</script>`;
  const inline = `<script type="module" src="${widget}/parley-interview.js"></script>
<parley-interview study="${study.id}" publishable-key="${pk}"
  api="${base}" participant-id="THE_USER_ID" mode="inline"></parley-interview>`;
  const eventTrigger = study.triggers.find((t) => t.on === 'event');
  // The body is JSON, quoted for a POSIX shell (a ' in an event name must not break the command).
  const body = eventTrigger ? JSON.stringify({ participantId: 'THE_USER_ID', event: eventTrigger.event }).replace(/'/g, `'\\''`) : '';
  const serverEvent = eventTrigger
    ? `curl -X POST ${base}/v1/events \\
  -H "authorization: Bearer $PARLEY_SECRET_KEY" \\
  -H "content-type: application/json" \\
  -d '${body}'`
    : null;
  return (
    <div class="snippets">
      {workspace && !workspace.publishableKey && <p class="notice">This workspace was created before its publishable key was kept: put your pk_… key where the snippets say pk_….</p>}
      <Snippet level={level} id="snippet-loader" title="Loader snippet" code={loader}>
        <p class="hint">Add once to every page of your app. It shows this study when its triggers and targeting say so, and loads the interview only then (1.4 KB until needed). Calls made before it loads are kept; single-page-app navigations count as page views.</p>
      </Snippet>
      {serverEvent && (
        <Snippet level={level} id="snippet-event" title="Server event" code={serverEvent}>
          <p class="hint">Send this from your back end when the moment happens (e.g. a ticket is solved); the interview waits for the person's next visit.</p>
        </Snippet>
      )}
      <Snippet level={level} id="snippet-inline" title="Inline element" code={inline}>
        <p class="hint">Or place the interview yourself, always shown, wherever the element goes.</p>
      </Snippet>
    </div>
  );
}
