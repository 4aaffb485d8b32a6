import { useState } from 'preact/hooks';
import type { Study } from '@parley/protocol';
import { useConsole } from '../session/console-context.ts';
import { asFailure, type ApiFailure } from '../api/api-failure.ts';
import { ErrorNotice } from '../components/error-notice.tsx';

/**
 * Tidying a study away from the list: archive (kept, out of the list, takes no interviews; can be restored) or delete
 * (only while nobody but the team's tests took part; the API answers 409 otherwise, and archiving is offered instead).
 */
export function StudyRowActions({ study, onChanged }: { study: Study; onChanged(): void }) {
  const { api } = useConsole();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const path = `/v1/studies/${study.id}`;
  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onChanged();
    } catch (err) {
      setError(asFailure(err));
    } finally {
      setBusy(false);
    }
  };
  const archive = (archived: boolean) => act(() => api.patch<Study>(path, { archived }));
  const remove = () => {
    if (!confirm(`Delete “${study.title}” for good? This cannot be undone.`)) return;
    void act(() => api.delete(path));
  };
  return (
    <div class="row-tools">
      <div class="button-row">
        {study.archived ? (
          <button type="button" class="secondary small" disabled={busy} onClick={() => archive(false)} aria-label={`Restore ${study.title}`}>
            Restore
          </button>
        ) : (
          <button type="button" class="secondary small" disabled={busy} onClick={() => archive(true)} aria-label={`Archive ${study.title}`}>
            Archive
          </button>
        )}
        <button type="button" class="secondary small" disabled={busy} onClick={remove} aria-label={`Delete ${study.title}`}>
          Delete
        </button>
      </div>
      {error?.status === 409 && !study.archived ? (
        // The API's own sentence speaks to developers (PATCH…): researchers get the choice in their words.
        <div class="notice" role="alert">
          <p>People took part in “{study.title}”, so it cannot be deleted: their interviews are kept. Archive it instead: it leaves this list and takes no more interviews, and you can restore it.</p>
          <button type="button" class="primary small" disabled={busy} onClick={() => archive(true)}>
            Archive it instead
          </button>
        </div>
      ) : (
        error && <ErrorNotice error={error} />
      )}
    </div>
  );
}
