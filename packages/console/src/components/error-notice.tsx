import type { ApiFailure } from '../api/api-failure.ts';
import { plainIssue } from './issue-words.ts';

const PLAIN: Record<string, string> = {
  authentication: 'This key was not accepted.',
  permission: 'This key is not allowed to do that.',
  not_found: 'We could not find it in this workspace.',
  invalid_request: 'Some of what was entered needs fixing.',
  conflict: 'That clashes with the current state.',
  payload_too_large: 'That is too long to send.',
  rate_limited: 'Too many requests just now: wait a few seconds and try again.',
  upstream: 'A service Parley depends on is not answering: try again in a moment.',
  network: 'The Parley API cannot be reached.',
  internal: 'Something went wrong on our side.',
};

/** An API failure in plain words (each refused field as a sentence), with the request id a developer needs to trace it. */
export function ErrorNotice({ error, onRetry }: { error: ApiFailure; onRetry?: () => void }) {
  return (
    <div class="notice error" role="alert">
      <p>
        {/* With issues, the API's own message only lists wire paths ("plan.maxTurns"): the sentences below say it better. */}
        <strong>{PLAIN[error.type] ?? PLAIN.internal}</strong> {error.issues?.length ? '' : error.message}
      </p>
      {(error.issues?.length ?? 0) > 0 && (
        <ul>
          {error.issues.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>{plainIssue(issue)}</li>
          ))}
        </ul>
      )}
      <p class="muted small">
        {error.requestId ? (
          <>
            Request id <code>{error.requestId}</code>
          </>
        ) : null}
        {onRetry && (
          <button type="button" class="link" onClick={onRetry}>
            Try again
          </button>
        )}
      </p>
    </div>
  );
}
