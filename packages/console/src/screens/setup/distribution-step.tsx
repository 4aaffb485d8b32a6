import { useState } from 'preact/hooks';
import type { Study } from '@parley/protocol';
import { useConsole } from '../../session/console-context.ts';
import { CopyButton } from '../../components/copy-button.tsx';
import { Field } from '../../components/field.tsx';
import { issueAt } from '../../components/issue-words.ts';
import { OverlapWarnings } from '../overlap-warnings.tsx';
import { TriggerEditor } from './trigger-editor.tsx';
import { TargetingEditor, segmentsToText, textToSegments } from './targeting-editor.tsx';
import { EmbedSnippets, shareLink } from './embed-snippets.tsx';
import type { ErrorIssue } from '@parley/protocol';
import type { DraftChange, StudyDraft } from './study-draft.ts';

/** Where and when the study reaches people: triggers, priority among live studies, targeting, embed code and the share link. */
export function DistributionStep({ study, draft, change, issues }: { study: Study; draft: StudyDraft; change: DraftChange; issues?: ErrorIssue[] | undefined }) {
  const { api, workspace } = useConsole();
  const [segmentsText, setSegmentsText] = useState(() => segmentsToText(draft.targeting.segments));
  const onSegmentsText = (text: string) => {
    setSegmentsText(text);
    const segments = textToSegments(text);
    change((d) => {
      const { segments: _drop, ...rest } = d.targeting;
      return { targeting: segments ? { ...rest, segments } : rest };
    });
  };
  const link = shareLink(workspace?.embed?.apiUrl ?? api.base, study.id);
  return (
    <div class="form-grid">
      <TriggerEditor triggers={draft.triggers} onChange={(triggers) => change(() => ({ triggers }))} />
      <fieldset>
        <legend>When studies compete</legend>
        <Field id="priority" label="Priority (0–100)" hint="When several live studies want the same moment, a person sees the one with the highest priority. Ties go to the older study." error={issueAt(issues, 'priority')}>
          <input id="priority" type="number" min={0} max={100} step={1} value={draft.priority} onInput={(e) => {
              const value = e.currentTarget.value;
              // An emptied box is someone mid-typing: the priority changes only on a number.
              if (value !== '') change(() => ({ priority: Math.round(Number(value)) }));
            }} />
        </Field>
        <OverlapWarnings studyId={study.id} priority={draft.priority} version={study.updatedAt} />
      </fieldset>
      <TargetingEditor targeting={draft.targeting} onChange={(targeting) => change(() => ({ targeting }))} segmentsText={segmentsText} onSegmentsText={onSegmentsText} />
      <fieldset>
        <legend>Share a link</legend>
        <p class="hint">Anyone with the link can take the interview once the study is live: in an email, a chat, a ticket reply.</p>
        <div class="share-row">
          <input aria-label="Share link" readOnly value={link} />
          <CopyButton text={link} label="Copy link" />
        </div>
        {study.status !== 'live' && <p class="hint">The link opens the interview once you publish.</p>}
      </fieldset>
      <fieldset>
        <legend>Embed in your app</legend>
        <EmbedSnippets level={2} study={{ ...study, triggers: draft.triggers }} />
      </fieldset>
    </div>
  );
}
