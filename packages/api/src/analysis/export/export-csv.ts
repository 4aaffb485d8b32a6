import type { ExportData } from './collect-export.ts';
import { csvRow } from './csv.ts';

/** Column names; attribute columns ("attr:plan", …) come between the session and the turn columns. */
const SESSION_COLUMNS = ['session_id', 'participant_id', 'session_status', 'started_at', 'session_outcome', 'end_reason', 'mandatory_covered', 'mandatory_not_asked'];
// New columns go last: spreadsheets and scripts built on the export read columns by position.
const TURN_COLUMNS = ['turn_index', 'turn_id', 'role', 'at', 'text', 'sentiment', 'stage', 'themes', 'emotions', 'pain_points', 'goals', 'wishes'];

/**
 * The export as one CSV table, a row per turn (transcripts in order) with each participant turn's analysis; lists
 * are joined with " | ". Starts with a UTF-8 byte order mark so spreadsheets read accents and quotes correctly.
 */
export function exportCsv(data: ExportData): string {
  const attributes = [...new Set(data.sessions.flatMap((s) => Object.keys(s.participant.attributes ?? {})))].sort();
  let out = '\uFEFF' + csvRow([...SESSION_COLUMNS, ...attributes.map((a) => `attr:${a}`), ...TURN_COLUMNS]);
  for (const s of data.sessions) {
    const head = [s.id, s.participant.id ?? '', s.status, s.startedAt, s.outcome, s.endReason ?? '', `${s.keyQuestions.covered}/${s.keyQuestions.total}`, s.unaskedMandatory.join(' | '), ...attributes.map((a) => s.participant.attributes?.[a] ?? '')];
    s.turns.forEach((t, i) => {
      const a = t.analysis;
      out += csvRow([
        ...head,
        i,
        t.id,
        t.role,
        t.at,
        t.text,
        a?.sentiment ?? '',
        a?.stage ?? '',
        a?.themes.join(' | ') ?? '',
        a?.emotions.join(' | ') ?? '',
        a?.painPoints.join(' | ') ?? '',
        a?.goals.join(' | ') ?? '',
        a?.wishes.join(' | ') ?? '',
      ]);
    });
  }
  return out;
}
