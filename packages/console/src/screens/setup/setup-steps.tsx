import { href, type Route, type SetupStep } from '../../routing/routes.ts';

const STEPS: { step: 'question' | SetupStep; label: string }[] = [
  { step: 'question', label: 'Question' },
  { step: 'plan', label: 'Plan' },
  { step: 'experience', label: 'Participant experience' },
  { step: 'distribution', label: 'Distribution' },
  { step: 'publish', label: 'Publish' },
];

/** Where the researcher is in setting up a study; steps of a saved study are links. */
export function SetupSteps({ current, studyId, onLeave }: { current: 'question' | SetupStep; studyId?: string; onLeave?: (event: Event, route: Route) => void }) {
  const at = STEPS.findIndex((s) => s.step === current);
  return (
    <nav aria-label="Study setup steps">
      <ol class="steps">
        {STEPS.map((s, i) => (
          <li key={s.step} class={i < at ? 'done' : i === at ? 'current' : ''} aria-current={i === at ? 'step' : undefined}>
            {studyId && s.step !== 'question' && i !== at ? (
              <a href={href({ name: 'setup', studyId, step: s.step })} onClick={(e) => onLeave?.(e, { name: 'setup', studyId, step: s.step as SetupStep })}>
                {s.label}
              </a>
            ) : (
              <span>{s.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
