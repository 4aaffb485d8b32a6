import type { makeTestApp } from '../harness.ts';
import { parseSse } from '../harness.ts';
import type { Exchange, Participant } from './participant.ts';
import { planOf } from './studies.ts';

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;

/** The session as GET /v1/sessions/:id reports it at the end (fields newer than the v1 contract may be missing). */
export interface SessionRead {
  status: string;
  endReason?: string;
  outcome?: string;
  progress: { asked: number; total: number; fraction: number; mandatoryCovered?: number; mandatoryTotal?: number };
  coverage?: { questionId: string; text: string; mandatory: boolean; status: string; evidence?: string }[];
}

/** A replayed interview: the transcript with ground truth, and the session as the API reports it. */
export interface Replay {
  participant: Participant;
  exchanges: Exchange[];
  session: SessionRead;
  /** True when the participant gave up and closed the widget (a stop ignored twice, or the turn cap). */
  closedByParticipant: boolean;
}

/** Participant turns beyond the plan's budget before the replay gives up on an interview that does not end. */
const EXTRA_TURNS = 4;

/**
 * Interviews one scripted participant through the real API, as the widget would: creates the study with the secret
 * key, starts a session with the publishable key, posts each answer (JSON, or SSE when the participant's transport
 * says so, checking that the streamed deltas add up to the stored reply) until the session completes. A participant
 * whose stop request was ignored twice closes the widget (POST /end, dismissed); so does the turn cap.
 */
export async function replay(t: TestApp, participant: Participant, options: { lists?: boolean } = {}): Promise<Replay> {
  const ws = await t.workspace();
  const { study: s } = participant;
  const study = await t.study(ws.secretKey, { researchQuestion: s.researchQuestion, title: s.experience.title, plan: planOf(s, options), experience: s.experience, status: 'live' });
  const session = await t.session(ws.publishableKey, study.id, { participant: { id: `p_${participant.name}` } });
  const exchanges: Exchange[] = [{ role: 'interviewer', text: session.turns[0].text, status: session.status }];
  const cap = (s.plan.maxTurns ?? 16) + EXTRA_TURNS;
  let closedByParticipant = false;
  for (let i = 0; ; i += 1) {
    const last = exchanges.at(-1)!;
    if (last.status === 'completed') break;
    const previous = exchanges.filter((e) => e.role === 'participant').at(-1)?.said;
    if (i >= cap || (previous?.marks.includes('insist') && previous.marks.includes('stop'))) {
      await end(t, session);
      closedByParticipant = true;
      break;
    }
    const said = participant.respond(last.text, i, exchanges);
    exchanges.push({ role: 'participant', text: said.text, said });
    const reply = participant.transport === 'sse' ? await sseTurn(t, session, `t${i}`, said.text) : await jsonTurn(t, session, `t${i}`, said.text);
    exchanges.push({ role: 'interviewer', text: reply.text, status: reply.status });
    t.clock.advance(45_000);
  }
  const read = await t.call('GET', `/v1/sessions/${session.id}`, { key: ws.secretKey });
  if (read.status !== 200) throw new Error(`GET session: ${read.status} ${read.text}`);
  return { participant, exchanges, session: read.json, closedByParticipant };
}

async function end(t: TestApp, session: { id: string; token: string }): Promise<void> {
  const res = await t.call('POST', `/v1/sessions/${session.id}/end`, { key: session.token, body: { reason: 'dismissed' } });
  if (res.status !== 200) throw new Error(`end: ${res.status} ${res.text}`);
}

async function jsonTurn(t: TestApp, session: { id: string; token: string }, id: string, text: string) {
  const res = await t.call('POST', `/v1/sessions/${session.id}/turns`, { key: session.token, body: { id, text } });
  if (res.status !== 200) throw new Error(`turn ${id}: ${res.status} ${res.text}`);
  return { text: res.json.reply.text as string, status: res.json.status as string };
}

async function sseTurn(t: TestApp, session: { id: string; token: string }, id: string, text: string) {
  const res = await t.app.request(`/v1/sessions/${session.id}/turns`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ id, text }),
  });
  const events = parseSse(await res.text());
  const done = events.find((e) => e.event === 'done');
  if (res.status !== 200 || !done) throw new Error(`turn ${id} (SSE): ${res.status} ${JSON.stringify(events.at(-1))}`);
  const streamed = events.filter((e) => e.event === 'delta').map((e) => e.data.text as string).join('');
  if (streamed !== done.data.reply.text) throw new Error(`turn ${id} (SSE): the deltas (${JSON.stringify(streamed)}) differ from the stored reply (${JSON.stringify(done.data.reply.text)})`);
  return { text: done.data.reply.text as string, status: done.data.status as string };
}
