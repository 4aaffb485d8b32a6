import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { APIError, type Parley } from '@parley/sdk';
import { parseTicket } from './ticket.ts';
import { TICKET_SOLVED_EVENT } from './study.ts';

/** Settings of the webhook receiver. */
export interface HelpdeskServerOptions {
  parley: Parley;
  /** The secret the help desk sends in the `x-helpdesk-secret` header. */
  sharedSecret: string;
  /** Where "send this link" lines go (default: console.log). */
  log?: (line: string) => void;
}

/** What the receiver answers for a solved ticket. */
export interface TicketSolvedAnswer {
  participantId: string;
  invitations: { studyId: string; url: string; expiresAt: string }[];
}

const MAX_BODY_BYTES = 64 * 1024;

/**
 * `POST /webhooks/ticket-solved`: checks the shared secret, reads the ticket, and reports `support_ticket_solved` to
 * Parley. Each study it triggers answers with an invitation link (to email the customer) and queues an in-app prompt
 * for their next visit. Parley failing → 502, so the help desk redelivers; the ticket id is the Idempotency-Key, so a
 * redelivery gets the same invitations back instead of new ones.
 */
export function createHelpdeskServer({ parley, sharedSecret, log = console.log }: HelpdeskServerOptions): Server {
  return createServer((req, res) => {
    handle(req, res).catch((err) => send(res, 500, { error: String(err) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.url !== '/webhooks/ticket-solved') return send(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });
    if (!sameSecret(req.headers['x-helpdesk-secret'], sharedSecret)) return send(res, 401, { error: 'wrong or missing x-helpdesk-secret' });
    const raw = await readBody(req);
    if (raw === null) return send(res, 413, { error: 'body too large' });
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return send(res, 400, { error: 'body is not JSON' });
    }
    const parsed = parseTicket(json);
    if ('error' in parsed) return send(res, 400, { error: parsed.error });
    const { ticket } = parsed;
    if (ticket.status !== 'solved' && ticket.status !== 'closed') return send(res, 202, { ignored: `ticket is ${ticket.status}` });

    try {
      const { matched } = await parley.events.create(
        {
          participantId: ticket.requester.id,
          event: TICKET_SOLVED_EVENT,
          properties: { ticketId: ticket.id, channel: ticket.channel, issueType: ticket.type },
          // Attributes are kept on the participant: the analysis can split findings by channel and issue type.
          attributes: { supportChannel: ticket.channel, lastIssueType: ticket.type },
        },
        { idempotencyKey: `helpdesk-ticket-${ticket.id}-solved` },
      );
      const invitations = matched.map((m) => ({ studyId: m.studyId, ...m.invitation }));
      for (const i of invitations) log(`Invite ${ticket.requester.email ?? ticket.requester.id} to a post-case interview: ${i.url}`);
      if (invitations.length === 0) log(`Ticket ${ticket.id}: no live study is due for ${ticket.requester.id} (sampling, recontact window or quota)`);
      const answer: TicketSolvedAnswer = { participantId: ticket.requester.id, invitations };
      send(res, 200, answer);
    } catch (err) {
      // 502 makes the help desk retry later; the request id lets Parley support find the failed call.
      const detail = err instanceof APIError ? { type: err.type ?? err.name, requestId: err.requestId } : {};
      send(res, 502, { error: 'Parley did not take the event', ...detail });
    }
  }
}

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  // Hash both so the comparison takes the same time whatever the lengths.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
