import type { makeTestApp } from '../harness.ts';
import type { Line, Participant } from './participants.ts';

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;

/** One turn of a replayed interview, with the participant line's ground-truth tags. */
export interface ReplayTurn {
  role: 'interviewer' | 'participant';
  text: string;
  line?: Line;
  /** On an interviewer reply: the session status it left. */
  status?: string;
}

/** A replayed interview: the transcript and the session as the API reports it at the end. */
export interface Replay {
  participant: Participant;
  turns: ReplayTurn[];
  session: { status: string; endReason?: string; outcome: string; progress: { fraction: number; mandatoryCovered?: number; mandatoryTotal?: number }; coverage: { questionId: string; text: string; mandatory: boolean; status: string }[] };
}

/**
 * Interviews one scripted participant through the real API: creates the study, starts a session with the publishable
 * key, and posts each answer as the widget would (the first over SSE, the rest as JSON) until the interview ends. The
 * participant repeats what they already said ("As I said…") when asked it again, and runs out of things to say with
 * "No, that's all."
 */
export async function replay(t: TestApp, participant: Participant, options: { listsOnly?: boolean } = {}): Promise<Replay> {
  const ws = await t.workspace();
  const plan = options.listsOnly ? asLists(participant.study.plan) : participant.study.plan;
  const study = await t.study(ws.secretKey, { researchQuestion: participant.study.researchQuestion, plan, experience: participant.study.experience });
  const session = await t.session(ws.publishableKey, study.id);
  const turns: ReplayTurn[] = [{ role: 'interviewer', text: session.turns[0]!.text, status: 'active' }];
  let next = 0;
  const limit = (participant.study.plan.maxTurns ?? 16) + 4;
  for (let i = 0; i < limit; i += 1) {
    const line = respond(participant, turns, () => participant.lines[next++]);
    turns.push({ role: 'participant', text: line.text, line });
    const reply = i === 0 ? await sseTurn(t, session, `t${i}`, line.text) : await jsonTurn(t, session, `t${i}`, line.text);
    turns.push({ role: 'interviewer', text: reply.text, status: reply.status });
    t.clock.advance(40_000);
    if (reply.status === 'completed') break;
  }
  const read = await t.call('GET', `/v1/sessions/${session.id}`, { key: ws.secretKey });
  return { participant, turns, session: read.json };
}

function respond(participant: Participant, turns: ReplayTurn[], take: () => Line | undefined): Line {
  const said = turns.filter((t) => t.role === 'participant').map((t) => t.text).join('\n');
  const asked = lastQuestion(turns.at(-1)!.text);
  const fact = participant.facts?.find((f) => f.told.test(said) && f.asks.test(asked));
  if (fact) return { text: fact.repeat, tags: ['repeat'] };
  return take() ?? { text: "No, that's all.", tags: ['non_answer'] };
}

function lastQuestion(text: string): string {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.includes('?')).at(-1) ?? text;
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
  const body = await res.text();
  const events = body.split('\n\n').filter(Boolean).map((block) => ({ event: /event: (\w+)/.exec(block)?.[1], data: /data: (.*)/.exec(block)?.[1] }));
  const done = events.find((e) => e.event === 'done');
  if (!done?.data) throw new Error(`turn ${id}: no done event in ${body.slice(0, 200)}`);
  const deltas = events.filter((e) => e.event === 'delta').map((e) => JSON.parse(e.data!).text as string).join('');
  const parsed = JSON.parse(done.data);
  if (deltas !== parsed.reply.text) throw new Error(`turn ${id}: the streamed deltas differ from the stored reply`);
  return { text: parsed.reply.text as string, status: parsed.status as string };
}

/** The plan as the two older lists only, for measuring interviewers that predate plan questions. */
function asLists(plan: Participant['study']['plan']) {
  const { questions, ...rest } = plan;
  return { ...rest, mandatoryQuestions: (questions ?? []).filter((q) => q.mandatory).map((q) => q.text), coreQuestions: (questions ?? []).filter((q) => !q.mandatory).map((q) => q.text) };
}
