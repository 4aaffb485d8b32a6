import { useState } from 'preact/hooks';
import type { Study } from '@parley/protocol';
import { useConsole } from '../../session/console-context.ts';
import { CopyButton } from '../../components/copy-button.tsx';
import { TriggerEditor } from './trigger-editor.tsx';
import { TargetingEditor, segmentsToText, textToSegments } from './targeting-editor.tsx';
import { EmbedSnippets, shareLink } from './embed-snippets.tsx';
import type { DraftChange, StudyDraft } from './study-draft.ts';

/** Where and when the study reaches people: triggers, targeting, embed code and the share link. */
export function DistributionStep({ study, draft, change }: { study: Study; draft: StudyDraft; change: DraftChange }) {
  const { api } = useConsole();
  const [segmentsText, setSegmentsText] = useState(() => segmentsToText(draft.targeting.segments));
  const onSegmentsText = (text: string) => {
    setSegmentsText(text);
    const segments = textToSegments(text);
    change((d) => {
      const { segments: _drop, ...rest } = d.targeting;
      return { targeting: segments ? { ...rest, segments } : rest };
    });
  };
  const link = shareLink(api.base, study.id);
  return (
    <div class="form-grid">
      <TriggerEditor triggers={draft.triggers} onChange={(triggers) => change(() => ({ triggers }))} />
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
