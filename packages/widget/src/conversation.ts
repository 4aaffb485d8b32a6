import type { Experience, ImpressionRequest, Progress, TurnResult } from '@parley/protocol';
import { ApiClient, RequestFailed } from './api-client.ts';
import { SessionStore } from './saved-session.ts';

/** One message on screen. `streaming` is set while the interviewer's words are still arriving. */
export interface Message {
  id: string;
  role: 'interviewer' | 'participant';
  text: string;
  streaming?: boolean;
}

/** Where the conversation is: loading, welcome screen, talking, finished, or failed for good. */
export type Phase = 'idle' | 'loading' | 'welcome' | 'chatting' | 'completed' | 'failed';

/** What the conversation needs from its element. */
export interface ConversationOptions {
  client: ApiClient;
  store: SessionStore;
  studyId: string;
  publishableKey: string;
  participant?: { id?: string; attributes?: Record<string, unknown> };
  locale?: string;
  /** The invitation being answered, if the interview came from one. */
  invitationId?: string;
  /** Called after every change, so the element re-renders. */
  changed(): void;
  /** Called with each finished turn, and once when the interview completes. */
  turned(result: TurnResult): void;
  /** Sleeps between retries; injectable so tests need not wait. */
  sleep?: (ms: number) => Promise<void>;
}

const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000, 30000];

/** The interview as the participant lives it: start or resume, send answers reliably, finish or dismiss. */
export class Conversation {
  phase: Phase = 'idle';
  messages: Message[] = [];
  progress: Progress = { asked: 0, total: 0, fraction: 0 };
  experience?: Experience;
  sessionId?: string;
  /** True while an answer is waiting to be delivered after a failure. */
  reconnecting = false;
  /** True from sending an answer (or pressing Start) until its reply is complete. */
  busy = false;
  /** The server's reason for refusing the last request, shown to the participant. */
  error?: string;
  private token = '';
  private stopped = false;
  private seen = false;

  constructor(private readonly o: ConversationOptions) {}

  /** Resumes the saved session if it is still usable, else shows the welcome screen: no session exists before Start. */
  async open(): Promise<void> {
    if (this.phase !== 'idle' && this.phase !== 'failed') return;
    this.set({ phase: 'loading', error: undefined });
    const saved = this.o.store.load();
    try {
      if (saved && (await this.resume(saved.id, saved.token, saved.experience))) {
        if (saved.pending && (this.phase as Phase) === 'chatting') await this.deliver(saved.pending);
        return;
      }
      this.o.store.clear();
      const { study } = await this.o.client.welcome(this.o.publishableKey, this.o.studyId);
      this.set({ experience: study.experience, phase: 'welcome' });
      // Once per display (a retry or reopening is the same display): page views feed the funnel, never the quotas.
      if (!this.seen) void this.impression('shown');
    } catch (err) {
      this.fail(err);
    }
  }

  /** The participant pressed Start: only now is the session created, and its first question shown. */
  async begin(): Promise<void> {
    if (this.phase !== 'welcome' || this.busy) return;
    this.set({ busy: true });
    try {
      const created = await this.o.client.startSession(this.o.publishableKey, {
        studyId: this.o.studyId,
        ...(this.o.participant ? { participant: this.o.participant } : {}),
        ...(this.o.locale ? { locale: this.o.locale } : {}),
        ...(this.o.invitationId ? { invitationId: this.o.invitationId } : {}),
      });
      this.token = created.token;
      this.o.store.save({ id: created.id, token: created.token, experience: created.study.experience });
      this.set({
        busy: false,
        sessionId: created.id,
        experience: created.study.experience,
        messages: created.turns.map((t) => ({ id: t.id, role: t.role, text: t.text })),
        progress: created.progress,
        phase: 'chatting',
      });
    } catch (err) {
      this.busy = false;
      this.fail(err);
    }
  }

  /** Sends an answer; it is saved first, so a reload or a dropped network never loses it. */
  async send(text: string): Promise<void> {
    const trimmed = text.trim();
    if (!trimmed || this.busy || this.phase !== 'chatting') return;
    const turn = { id: `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`, text: trimmed };
    this.o.store.save({ pending: turn, draft: '' });
    this.error = undefined;
    await this.deliver(turn);
  }

  /** The participant declined on the welcome screen ("Not now"): recorded as a dismissal, and no session exists. */
  async dismiss(): Promise<void> {
    this.stopped = true;
    await this.impression('dismissed');
  }

  /** Stops retrying (the element left the page). */
  stop(): void {
    this.stopped = true;
  }

  private async resume(id: string, token: string, experience?: Experience): Promise<boolean> {
    try {
      const session = await this.o.client.getSession(id, token);
      if (session.status === 'abandoned') return false;
      const done = session.status === 'completed';
      // A finished interview is shown as it ended, but no longer offered as one to continue.
      if (done) this.o.store.clear();
      this.token = token;
      this.experience = experience ?? this.experience;
      const end = done ? session.turns.length - 1 : -1;
      this.set({
        sessionId: id,
        messages: session.turns.map((t, i) => ({ id: t.id, role: t.role, text: i === end ? this.closing(t.text) : t.text })),
        progress: session.progress,
        phase: done ? 'completed' : 'chatting',
      });
      return true;
    } catch (err) {
      if (err instanceof RequestFailed && err.retryable) throw err;
      return false;
    }
  }

  private async deliver(turn: { id: string; text: string }): Promise<void> {
    const mine: Message = { id: turn.id, role: 'participant', text: turn.text };
    const reply: Message = { id: `pending_${turn.id}`, role: 'interviewer', text: '', streaming: true };
    // On a resend after a reload the server may already hold this turn and its reply: show them once.
    const at = this.messages.findIndex((m) => m.id === turn.id);
    this.set({ busy: true, messages: [...(at >= 0 ? this.messages.slice(0, at) : this.messages), mine, reply] });
    for (let attempt = 0; !this.stopped; attempt++) {
      reply.text = '';
      try {
        const result = await this.o.client.sendTurn(this.sessionId!, this.token, turn, (piece) => {
          reply.text += piece;
          this.o.changed();
        });
        this.finish(reply, result);
        return;
      } catch (err) {
        const failure = err instanceof RequestFailed ? err : new RequestFailed(0, 'network', String(err));
        if (failure.status === 409) return void (await this.refetch());
        if (!failure.retryable) {
          // Refused for a reason (e.g. too long): the conversation stays, the answer goes back into the box, and the
          // server's sentence says what to change.
          this.o.store.save({ pending: undefined, draft: turn.text });
          return this.set({ busy: false, error: failure.message, messages: this.messages.filter((m) => m !== reply && m !== mine) });
        }
        this.set({ reconnecting: true });
        const wait = failure.retryAfter ? failure.retryAfter * 1000 : BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]!;
        await (this.o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(wait * (0.8 + Math.random() * 0.4));
      }
    }
  }

  private finish(reply: Message, result: TurnResult): void {
    this.o.store.save({ pending: undefined });
    const done = result.status === 'completed';
    if (done) this.o.store.clear();
    reply.id = result.reply.id;
    reply.text = done ? this.closing(result.reply.text) : result.reply.text;
    reply.streaming = false;
    this.set({ busy: false, reconnecting: false, progress: result.progress, phase: done ? 'completed' : 'chatting' });
    this.o.turned(result);
  }

  /** After a conflict (the session ended elsewhere, or the turn was already answered) the server's transcript wins. */
  private async refetch(): Promise<void> {
    this.o.store.save({ pending: undefined });
    this.set({ busy: false, reconnecting: false });
    if (!(await this.resume(this.sessionId!, this.token).catch(() => false))) this.set({ phase: 'failed' });
  }

  /**
   * The last interviewer words without the call-to-action's, which the server closes with: the end screen shows them
   * as their own button or line, so they are never read twice.
   */
  private closing(text: string): string {
    const cta = this.experience?.endCta?.text;
    return cta && text.endsWith(cta) ? text.slice(0, -cta.length).trim() : text;
  }

  private impression(kind: 'shown' | 'dismissed'): Promise<unknown> {
    this.seen = true;
    // An absent participant id is left out of the JSON body (undefined is not serialised).
    const body = { studyId: this.o.studyId, kind, participantId: this.o.participant?.id } as ImpressionRequest;
    return this.o.client.impression(this.o.publishableKey, body).catch(() => {});
  }

  /** A refusal with a reason (quota full, identity required…) shows the server's sentence; anything else the generic one. */
  private fail(err: unknown): void {
    this.set({ phase: 'failed', error: err instanceof RequestFailed && !err.retryable ? err.message : undefined });
  }

  private set(changes: Partial<Conversation>): void {
    Object.assign(this, changes);
    this.o.changed();
  }
}
