import { useEffect, useRef, useState } from 'preact/hooks';
import type { CreatedSession, Turn, TurnResult } from '@parley/protocol';
import { useConsole } from '../session/console-context.ts';
import { asFailure, type ApiFailure } from '../api/api-failure.ts';
import { attemptId } from '../api/attempt-id.ts';
import { ErrorNotice } from '../components/error-notice.tsx';

interface TestRun {
  id: string;
  turns: Pick<Turn, 'id' | 'role' | 'text'>[];
  status: 'active' | 'completed';
}

/**
 * "Try it": the researcher takes the interview themselves, in a test session (`test: true`, secret key, drafts too),
 * which the API keeps out of analysis, counts and quotas. The conversation runs right here, not in a widget: a test
 * must work before the study is live or embedded anywhere.
 */
export function TryIt({ studyId }: { studyId: string }) {
  const { api } = useConsole();
  const [run, setRun] = useState<TestRun | null>(null);
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (run?.status === 'active' && !busy) box.current?.focus();
  }, [run?.id, busy]);
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(asFailure(err));
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    act(async () => {
      const created = await api.post<CreatedSession>('/v1/sessions', { studyId, test: true, participant: { id: 'researcher-test' } }, { idempotencyKey: `console-try-${attemptId()}` });
      setRun({ id: created.id, turns: created.turns, status: 'active' });
    });
  const send = () => {
    const text = answer.trim();
    if (!run || !text) return;
    void act(async () => {
      const result = await api.post<TurnResult>(`/v1/sessions/${run.id}/turns`, { id: `tu_${attemptId().slice(0, 20)}`, text });
      setAnswer('');
      setRun({ ...run, turns: [...run.turns, result.turn, result.reply], status: result.status === 'completed' ? 'completed' : 'active' });
    });
  };
  const end = () =>
    act(async () => {
      if (run?.status === 'active') await api.post(`/v1/sessions/${run.id}/end`, { reason: 'completed' });
      setRun(null);
    });
  return (
    <section class="card try-it" aria-labelledby="try-it-h">
      <h2 id="try-it-h">Try it yourself</h2>
      <p class="muted small">A test interview: it is marked as a test and left out of the insights, the interview counts and the quotas. Works on drafts too.</p>
      {error && <ErrorNotice error={error} />}
      {!run && (
        <button type="button" class="secondary" disabled={busy} onClick={start}>
          {busy ? 'Starting…' : 'Try it'}
        </button>
      )}
      {run && (
        <>
          <ol class="transcript" aria-live="polite">
            {run.turns.map((t) => (
              <li key={t.id} class={`turn ${t.role}`}>
                <span class="who">{t.role === 'interviewer' ? 'Interviewer' : 'You (test)'}</span>
                <p>{t.text}</p>
              </li>
            ))}
          </ol>
          {run.status === 'active' ? (
            // Not a form: the publish step sits inside the setup's form, and a nested submit would publish the study.
            <div class="ask-form">
              <textarea ref={box} aria-label="Your answer" aria-describedby="try-it-keys" rows={2} maxLength={4000} value={answer} onInput={(e) => setAnswer(e.currentTarget.value)}
                onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && (e.preventDefault(), send())} />
              <button type="button" class="primary" disabled={busy || !answer.trim()} onClick={send}>
                {busy ? 'Sending…' : 'Send'}
              </button>
              <span id="try-it-keys" class="sr-only">Ctrl+Enter sends.</span>
            </div>
          ) : (
            <p role="status">The test interview is over.</p>
          )}
          <button type="button" class="link" disabled={busy} onClick={end}>
            {run.status === 'active' ? 'End the test' : 'Close the test'}
          </button>
        </>
      )}
    </section>
  );
}
