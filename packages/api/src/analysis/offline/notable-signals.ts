/** Kinds of signal that matter even when one interview raises them. */
export type SignalKind = 'security' | 'legal' | 'churn' | 'competitor' | 'escalation';

/** Most serious first: the order signals are shown in. */
export const SIGNAL_ORDER: readonly SignalKind[] = ['security', 'legal', 'churn', 'competitor', 'escalation'];

/** A sentence of a turn that carries a signal. */
export interface SignalHit {
  kind: SignalKind;
  /** The verbatim sentence. */
  text: string;
}

// Phrasings in en/fr/es/de. Each names the act, not a mood: "I could see another customer's invoice", not "I'm worried".
const PATTERNS: Record<SignalKind, RegExp> = {
  security: /\b(?:another (?:customer|user|company|client)['’]s|someone else['’]s|other (?:customers|users|people)['’]?s?)\s+(?:\w+\s+)?(?:data|invoice|invoices|account|accounts|details|address|card|payments?|records?|files?)\b|\b(?:data (?:breach|leak)|security (?:issue|hole|problem|flaw|bug|risk)|(?:got|was|were|been) hacked|password (?:was |got )?(?:sent|shown|visible|emailed) in (?:plain|clear)|personal data (?:of|from) (?:others|other people)|datos de otr[oa]s? client|données d['’]autres clients|daten (?:eines|anderer) (?:anderen )?kunden)\b/i,
  legal: /\b(?:lawyer|attorney|solicitor|legal action|take (?:you|this|them) to court|sue|suing|small claims|chargeback|charge back|dispute the (?:charge|payment)|regulator|ombudsman|trading standards|consumer protection|gdpr complaint|data protection authority|abogado|demanda|avocat|plainte|anwalt|klage|verbraucherschutz)\b/i,
  churn: /\b(?:cancel(?:l?ing|l?ed)?|terminate|terminating|end(?:ing)?)\s+(?:my|our|the)\s+(?:subscription|plan|account|contract|membership)\b|\b(?:not|won['’]t|will not|aren['’]t|are not|am not|isn['’]t) (?:going to )?renew(?:ing)?\b|\b(?:we['’]re|we are|i['’]m|i am|we['’]ll|i['’]ll|going to|about to|will)\s+(?:be\s+)?(?:leaving|leave|moving away|switching|churning|closing (?:my|our) account)\b(?!\s+(?:a|an|the|my|our)\s)|\b(?:done with (?:you|your product|this product)|last month with you|cancelar (?:mi|la|nuestra) suscripción|résilier|kündigen)\b/i,
  competitor: /\b(?:moving|switching|switch|migrating)\s+(?:over\s+)?to\s+(?:[A-Z][\w.-]+|a competitor|another (?:tool|provider|vendor|product|platform))|\b(?:evaluating|trialling|trialing|trying out|testing|looking at|comparing|demo(?:ed)? of)\s+(?:other (?:tools|providers|vendors|options)|alternatives|competitors|a competitor|[A-Z][\w.-]+ (?:instead|as an alternative))\b|\b[A-Z][\w.-]+ (?:does (?:this|it) better|is cheaper|offered us)\b/,
  escalation: /\b(?:escalat(?:e|ed|ing) (?:this|it|to)|(?:speak|talk|spoke|talked) to (?:a|your|the) (?:manager|supervisor|boss|ceo)|formal complaint|complain(?:ed)? to (?:your|the) (?:ceo|board|management)|(?:post|posted|posting|write|wrote|leave|left) (?:it |this |a )?(?:on (?:twitter|x|linkedin|reddit|trustpilot|g2)|(?:a )?(?:bad|negative|one-star|1-star) review)|account manager (?:got|was) involved)\b/i,
};
// "I'm not cancelling", "no plans to leave": the act denied.
const DENIED = /\b(?:not|never|no plans? to|won['’]t|wouldn['’]t|don['’]t (?:want|plan|intend) to|didn['’]t)\s+(?:\w+\s+){0,2}$/i;

/** The signals in a turn's sentences: the first kind each sentence carries, unless the sentence denies the act. */
export function notableSignals(sentences: readonly string[]): SignalHit[] {
  const hits: SignalHit[] = [];
  for (const text of sentences) {
    for (const kind of SIGNAL_ORDER) {
      const match = PATTERNS[kind].exec(text);
      if (!match || DENIED.test(text.slice(0, match.index))) continue;
      hits.push({ kind, text });
      break;
    }
  }
  return hits;
}
