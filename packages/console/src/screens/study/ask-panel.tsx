import { useEffect, useRef, useState } from 'preact/hooks';
import type { AskResponse } from '@parley/protocol';
import { useConsole } from '../../session/console-context.ts';
import { asFailure, type ApiFailure } from '../../api/api-failure.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { QuoteLink } from './quote-link.tsx';

const SUGGESTIONS = ['What frustrates people most?', 'What do people like?', 'What would make them recommend us?'];

/** "Ask your interviews anything": a question, an answer streamed as it is written, and citations to the real turns. */
export function AskPanel({ studyId }: { studyId: string }) {
  const { api } = useConsole();
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const [result, setResult] = useState<AskResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const running = useRef<AbortController | null>(null);
  // Leaving the tab stops the answer being written.
  useEffect(() => () => running.current?.abort(), []);
  const ask = async (text: string) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    setError(null);
    setAnswer('');
    setResult(null);
    try {
      const done = await api.ask(studyId, text, (delta) => setAnswer((a) => a + delta), controller.signal);
      setResult(done);
      setAnswer(done.answer);
    } catch (err) {
      if ((err as Error).name !== 'AbortError') setError(asFailure(err));
    } finally {
      if (running.current === controller) setBusy(false);
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (question.trim()) void ask(question.trim());
  };
  return (
    <section class="ask" aria-labelledby="ask-h">
      <h2 id="ask-h">Ask your interviews</h2>
      <form class="ask-form" onSubmit={submit}>
        <label for="ask-question" class="sr-only">
          Your question
        </label>
        <input id="ask-question" placeholder="e.g. Why do people contact support twice?" maxLength={500} value={question} onInput={(e) => setQuestion(e.currentTarget.value)} />
        <button class="primary" type="submit" disabled={busy || !question.trim()}>
          {busy ? 'Answering…' : 'Ask'}
        </button>
      </form>
      <p class="chips">
        {SUGGESTIONS.map((s) => (
          <button type="button" class="chip" key={s} onClick={() => (setQuestion(s), void ask(s))}>
            {s}
          </button>
        ))}
      </p>
      {error && <ErrorNotice error={error} />}
      {/* Space is reserved for the answer, so the page does not jump as words stream in. */}
      <div class="card answer" aria-busy={busy}>
        {answer ? <p class="answer-text">{answer}</p> : <p class="muted">{busy ? 'Reading the interviews…' : 'Answers quote what participants actually said, with links to each turn.'}</p>}
        <div class="sr-only" aria-live="polite">
          {result ? result.answer : ''}
        </div>
        {result && result.citations.length > 0 && (
          <>
            <h3>Sources</h3>
            <ol class="citations">
              {result.citations.map((c) => (
                <li key={c.turnId}>
                  <QuoteLink studyId={studyId} quote={c} />
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
