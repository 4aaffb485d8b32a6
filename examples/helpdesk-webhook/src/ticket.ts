/**
 * The webhook body this example expects from the help desk — Zendesk-like; map your help desk's fields onto it in
 * its webhook editor (Zendesk: a trigger "Ticket is Solved" → webhook with this JSON body and placeholders).
 *
 * {
 *   "ticket": {
 *     "id": 48213,                       // number or string
 *     "status": "solved",                // only "solved" (or "closed") tickets start an interview
 *     "channel": "email",                // email | chat | phone | web | …: becomes a segment of the analysis
 *     "type": "billing",                 // the issue type: another segment
 *     "subject": "Charged twice",        // optional, not sent to Parley
 *     "requester": { "id": "cust_7", "email": "ana@example.com", "name": "Ana" }
 *   }
 * }
 *
 * `requester.id` must be the id your product knows the customer by (the one your front end gives Parley's loader),
 * so the in-app prompt finds them on their next visit.
 */
export interface SolvedTicket {
  id: string;
  status: string;
  channel: string;
  type: string;
  requester: { id: string; email?: string; name?: string };
}

/** Reads a webhook body into a ticket, or says what is wrong with it. */
export function parseTicket(body: unknown): { ticket: SolvedTicket } | { error: string } {
  const t = (body as { ticket?: Record<string, unknown> } | null)?.ticket;
  if (!t || typeof t !== 'object') return { error: 'body must be { "ticket": { … } }' };
  const requester = t.requester as Record<string, unknown> | undefined;
  const id = t.id;
  if (typeof id !== 'string' && typeof id !== 'number') return { error: 'ticket.id must be a string or number' };
  if (typeof t.status !== 'string') return { error: 'ticket.status must be a string' };
  if (!requester || (typeof requester.id !== 'string' && typeof requester.id !== 'number')) return { error: 'ticket.requester.id is required' };
  return {
    ticket: {
      id: String(id),
      status: t.status.toLowerCase(),
      channel: typeof t.channel === 'string' && t.channel ? t.channel : 'unknown',
      type: typeof t.type === 'string' && t.type ? t.type : 'unknown',
      requester: {
        id: String(requester.id),
        ...(typeof requester.email === 'string' ? { email: requester.email } : {}),
        ...(typeof requester.name === 'string' ? { name: requester.name } : {}),
      },
    },
  };
}
