import type { Study } from '@parley/protocol';
import type { StudyRecord } from '../domain/records.ts';

/** A stored study with the fields older records lack filled in (priority 0, not archived), as both stores serve it. */
export function studyWithDefaults(record: StudyRecord): Omit<Study, 'stats' | 'usage'> {
  return { ...record, priority: record.priority ?? 0, archived: record.archived ?? false };
}
