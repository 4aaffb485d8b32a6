import type { Attributes, Study } from '@parley/protocol';
import type { ParticipantRecord } from '../domain/records.ts';
import { inSample } from './sampling.ts';

/** Why a study may not interview this participant now, or null when it may. */
export type Exclusion = 'segment' | 'sample' | 'recontact' | 'quota';

/**
 * Applies a study's targeting to one participant: segments on their attributes, the deterministic sample, the
 * workspace-wide recontact window (anyone interviewed or who dismissed, by any study, within N days), and the quota.
 */
export function exclusionOf(study: Study, participantId: string, attributes: Attributes, participant: ParticipantRecord | null, now: Date): Exclusion | null {
  const t = study.targeting;
  for (const [key, wanted] of Object.entries(t.segments ?? {})) {
    const actual = attributes[key];
    const allowed = Array.isArray(wanted) ? wanted : [wanted];
    if (actual === undefined || !allowed.some((v) => String(v) === String(actual))) return 'segment';
  }
  if (!inSample(study.id, participantId, t.sampleRate)) return 'sample';
  if (participant?.lastContactAt && now.getTime() - Date.parse(participant.lastContactAt) < t.recontactDays * 86_400_000) return 'recontact';
  if (t.maxSessions !== undefined && study.stats.sessions >= t.maxSessions) return 'quota';
  return null;
}
