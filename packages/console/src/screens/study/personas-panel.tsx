import { useState } from 'preact/hooks';
import type { PersonasResponse } from '@parley/protocol';
import { useConsole } from '../../session/console-context.ts';
import { asFailure, type ApiFailure } from '../../api/api-failure.ts';
import { href } from '../../routing/routes.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Field } from '../../components/field.tsx';
import { plural } from '../../components/format.ts';

function Facts({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** Persona cards built from what people said and did: goals, frustrations, behaviours, a real quote, the interviews behind it. */
export function PersonasPanel({ studyId }: { studyId: string }) {
  const { api } = useConsole();
  const [count, setCount] = useState(3);
  const [result, setResult] = useState<PersonasResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const build = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult(await api.post<PersonasResponse>(`/v1/studies/${studyId}/personas`, { count }));
    } catch (err) {
      setError(asFailure(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="personas-h">
      <h2 id="personas-h">Personas</h2>
      <form class="inline-form" onSubmit={build}>
        <Field id="persona-count" label="How many">
          <select id="persona-count" value={count} onChange={(e) => setCount(Number(e.currentTarget.value))}>
            {[2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
        <button class="primary" type="submit" disabled={busy}>
          {busy ? 'Grouping interviews…' : result ? 'Rebuild personas' : 'Build personas'}
        </button>
      </form>
      {error && <ErrorNotice error={error} />}
      {result && result.note && <p class="muted">{result.note}</p>}
      {result && result.personas.length === 0 && !result.note && <p class="muted">Not enough interviews yet to tell people apart.</p>}
      {result && (
        <div class="personas">
          {result.personas.map((p) => (
            <article class="card persona" key={p.name}>
              <h3>{p.name}</h3>
              <p class="muted small">{p.context}</p>
              <blockquote class="quote">
                <a href={href({ name: 'transcript', studyId, sessionId: p.quoteSource.sessionId, turnId: p.quoteSource.turnId })}>“{p.quote}”</a>
              </blockquote>
              <Facts title="Goals" items={p.goals} />
              <Facts title="Frustrations" items={p.frustrations} />
              <Facts title="Behaviours" items={p.behaviors} />
              <p class="small">
                Based on {plural(p.sessionIds.length, 'interview')}:{' '}
                {p.sessionIds.slice(0, 5).map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <a href={href({ name: 'transcript', studyId, sessionId: id, turnId: null })}>{id.slice(-6)}</a>
                  </span>
                ))}
                {p.sessionIds.length > 5 && ` and ${p.sessionIds.length - 5} more`}
              </p>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
