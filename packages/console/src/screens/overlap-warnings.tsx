import type { ComponentChildren } from 'preact';
import type { StudyOverlaps } from '@parley/protocol';
import { useConsole } from '../session/console-context.ts';
import { useResource } from '../api/use-resource.ts';
import { href } from '../routing/routes.ts';

/**
 * Other live studies that want the same moment as this one (`GET /v1/studies/:id/overlaps`): only one interview is
 * shown at a time, the higher priority first. `version` reloads the list after a save; `children` say how to change the order. Says nothing when there is no
 * overlap, and stays quiet if the API cannot tell (an older server without the endpoint answers 404).
 */
export function OverlapWarnings({ studyId, priority, version = '', children }: { studyId: string; priority: number; version?: string; children?: ComponentChildren }) {
  const { api } = useConsole();
  const overlaps = useResource((signal) => api.get<StudyOverlaps>(`/v1/studies/${studyId}/overlaps`, signal), `${studyId}/overlaps/${version}`, { keepPrevious: true });
  const list = overlaps.data?.data ?? [];
  if (!list.length) return null;
  return (
    <section class="notice overlaps" aria-labelledby={`overlaps-${studyId}`}>
      <h2 id={`overlaps-${studyId}`} class="small">
        {list.length === 1 ? 'Another live study wants the same moment' : `${list.length} other live studies want the same moment`}
      </h2>
      <p class="small">A person sees one interview at a time: the study with the higher priority goes first (equal priorities: the older study).</p>
      <ul class="small">
        {list.map((o) => (
          <li key={o.studyId}>
            <a href={href({ name: 'study', studyId: o.studyId, tab: 'insights' })}>{o.title}</a> (priority {o.priority}
            {o.priority > priority ? ', shown before this one' : o.priority < priority ? ', shown after this one' : ''}): {o.reason}
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
