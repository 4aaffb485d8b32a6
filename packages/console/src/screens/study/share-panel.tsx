import { useState } from 'preact/hooks';
import type { Invitation, Study } from '@parley/protocol';
import { useConsole } from '../../session/console-context.ts';
import { asFailure, type ApiFailure } from '../../api/api-failure.ts';
import { href } from '../../routing/routes.ts';
import { CopyButton } from '../../components/copy-button.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Field } from '../../components/field.tsx';
import { formatDateTime } from '../../components/format.ts';
import { attemptId } from '../../api/attempt-id.ts';
import { EmbedSnippets, shareLink } from '../setup/embed-snippets.tsx';
import { TryIt } from '../try-it.tsx';

/** Every way to reach participants: the public link, one-person invitations, a test run, and the embed code. */
export function SharePanel({ study }: { study: Study }) {
  const { api, workspace } = useConsole();
  const [participantId, setParticipantId] = useState('');
  // One key per invitation being made: a retry after a lost answer returns the same link instead of a second one.
  const [attempt, setAttempt] = useState(attemptId);
  const [invitations, setInvitations] = useState<(Invitation & { participantId: string })[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const live = study.status === 'live';
  const link = shareLink(workspace?.embed?.apiUrl ?? api.base, study.id);
  const invite = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const id = participantId.trim();
      const created = await api.post<Invitation>('/v1/invitations', { studyId: study.id, ...(id ? { participant: { id } } : {}) }, { idempotencyKey: `console-invite-${attempt}` });
      setAttempt(attemptId());
      setInvitations([{ ...created, participantId: id }, ...invitations]);
      setParticipantId('');
    } catch (err) {
      setError(asFailure(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="share">
      {!live && (
        <div class="notice" role="status">
          This study is {study.status}: links and the widget start interviews only once it is live.{' '}
          <a href={href({ name: 'setup', studyId: study.id, step: 'publish' })}>Publish it</a>
        </div>
      )}
      <section class="card" aria-labelledby="link-h">
        <h2 id="link-h">Share link</h2>
        <p class="muted">The interview on its own page, for email, chat or a ticket reply. Add <code>?participant=ID</code> to tie answers to a known person.</p>
        <div class="share-row">
          <input aria-label="Share link" readOnly value={link} />
          <CopyButton text={link} label="Copy link" />
          <a class="button secondary" href={link} target="_blank" rel="noopener">
            Open
          </a>
        </div>
      </section>
      <section class="card" aria-labelledby="invite-h">
        <h2 id="invite-h">Invite one person</h2>
        <form class="inline-form" onSubmit={invite}>
          <Field id="invite-participant" label="Participant id (optional)">
            <input id="invite-participant" value={participantId} maxLength={200} onInput={(e) => (setParticipantId(e.currentTarget.value), setAttempt(attemptId()))} />
          </Field>
          <button class="primary" type="submit" disabled={busy || !live}>
            {busy ? 'Creating…' : 'Create invitation link'}
          </button>
        </form>
        {error && <ErrorNotice error={error} />}
        {invitations.length > 0 && (
          <ul class="invitations">
            {invitations.map((inv) => (
              <li key={inv.id}>
                {/^https?:\/\//.test(inv.url) ? (
                  <a href={inv.url} target="_blank" rel="noopener">
                    {inv.url}
                  </a>
                ) : (
                  <code>{inv.url}</code>
                )}{' '}
                <span class="muted small">
                  {inv.participantId ? `for ${inv.participantId}, ` : ''}valid until {formatDateTime(inv.expiresAt)}
                </span>{' '}
                <CopyButton text={inv.url} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <TryIt studyId={study.id} />
      <section class="card" aria-labelledby="embed-h">
        <h2 id="embed-h">Embed in your app</h2>
        <EmbedSnippets study={study} />
      </section>
    </div>
  );
}
