import type { Study } from '@parley/protocol';
import { describeTrigger } from './trigger-editor.tsx';
import { RECOMMENDED_MANDATORY, changesOf, type StudyDraft } from './study-draft.ts';
import { plural } from '../../components/format.ts';
import { href } from '../../routing/routes.ts';
import { OverlapWarnings } from '../overlap-warnings.tsx';
import { TryIt } from '../try-it.tsx';

/** A last look before going live: what will be asked, to whom, and when, which live studies want the same moment, and a test run. */
export function PublishStep({ study, draft }: { study: Study; draft: StudyDraft }) {
  // What will be saved, not the raw form: blank rows left in a list are not questions.
  const p = changesOf(draft).plan!;
  const t = draft.targeting;
  return (
    <div class="review">
      <section class="card">
        <h2>{draft.title}</h2>
        <p class="muted">{study.researchQuestion}</p>
        <dl class="facts">
          <div>
            <dt>Mandatory questions</dt>
            <dd>
              {p.mandatoryQuestions.length}
              {p.mandatoryQuestions.length > RECOMMENDED_MANDATORY && <span class="warning"> (more than the {RECOMMENDED_MANDATORY} we recommend)</span>}
            </dd>
          </div>
          <div>
            <dt>Core questions</dt>
            <dd>{p.coreQuestions.length}</dd>
          </div>
          <div>
            <dt>Length</dt>
            <dd>
              up to {plural(p.maxTurns, 'question')}, {p.maxMinutes} min
            </dd>
          </div>
          <div>
            <dt>Priority</dt>
            <dd>{draft.priority}</dd>
          </div>
          <div>
            <dt>Who</dt>
            <dd>
              {Math.round(t.sampleRate * 100)}% of eligible people, not asked again for {plural(t.recontactDays, 'day')}
              {t.maxSessions ? `, at most ${plural(t.maxSessions, 'interview')}` : ''}
            </dd>
          </div>
        </dl>
        <h3>Mandatory questions</h3>
        <ol>
          {p.mandatoryQuestions.map((q, i) => (
            <li key={i}>{q}</li>
          ))}
        </ol>
        <h3>When</h3>
        {draft.triggers.length ? (
          <ul>
            {draft.triggers.map((tr, i) => (
              <li key={i}>{describeTrigger(tr)}</li>
            ))}
          </ul>
        ) : (
          <p>Through the share link and invitations only.</p>
        )}
        <OverlapWarnings studyId={study.id} priority={draft.priority} version={study.updatedAt}>
          <p class="small">
            To change which goes first, set this study's priority on the <a href={href({ name: 'setup', studyId: study.id, step: 'distribution' })}>Distribution</a> step.
          </p>
        </OverlapWarnings>
      </section>
      <TryIt studyId={study.id} />
    </div>
  );
}
