import type { NotableSignal, SignalKind } from '@parley/protocol';
import type { StudyModel } from '../study/study-model.ts';
import { SIGNAL_ORDER } from '../offline/notable-signals.ts';

/** At most this many signals are listed. */
const MAX_SIGNALS = 20;

const LABELS: Record<SignalKind, string> = {
  security: 'Possible security or privacy issue',
  legal: 'Legal or payment-dispute risk',
  churn: 'Says they are cancelling or leaving',
  competitor: 'Moving to or evaluating a competitor',
  escalation: 'Escalation or public complaint',
};

/**
 * Every notable signal of the study, most serious kind first and newest first within a kind: these are shown
 * whatever their prevalence, since one customer seeing another's invoice matters more than any theme.
 */
export function renderSignals(model: StudyModel): NotableSignal[] {
  const out: NotableSignal[] = [];
  for (const analysis of model.sessions.values()) {
    for (const turn of analysis.turns) {
      for (const hit of turn.signals ?? []) {
        out.push({ kind: hit.kind, label: LABELS[hit.kind], quote: { sessionId: analysis.sessionId, turnId: turn.turnId, text: hit.text }, at: turn.at });
      }
    }
  }
  const rank = (k: SignalKind) => SIGNAL_ORDER.indexOf(k);
  return out
    .sort((a, b) => rank(a.kind) - rank(b.kind) || (a.at < b.at ? 1 : a.at > b.at ? -1 : 0) || (a.quote.sessionId < b.quote.sessionId ? -1 : 1))
    .slice(0, MAX_SIGNALS);
}
