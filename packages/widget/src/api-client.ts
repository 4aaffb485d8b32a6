import type { CreatedSession, ImpressionRequest, Session, StudyWelcome, TurnResult } from '@parley/protocol';
import { readSse } from './sse.ts';

/** An API answer that was not a success: `status` 0 means the network failed. */
export class RequestFailed extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    /** Seconds the server asked us to wait (429/503 retry-after). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
  /** Whether sending the same request again may succeed. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

/** The few calls the widget makes, with plain fetch (no schema library: every kilobyte ships to our customers' users). */
export class ApiClient {
  constructor(
    private readonly base: string,
    private readonly fetcher: typeof fetch = (...a) => fetch(...a),
  ) {}

  /** Reads what the welcome screen shows, creating no session (nobody has started yet). */
  welcome(key: string, studyId: string): Promise<StudyWelcome> {
    return this.json('GET', `/v1/studies/${encodeURIComponent(studyId)}/welcome`, key);
  }

  /** Records that the widget was shown or declined without an interview starting (for the funnel, not the quotas). */
  impression(key: string, body: ImpressionRequest): Promise<unknown> {
    return this.json('POST', '/v1/impressions', key, body);
  }

  /** Starts a session of a live study with the publishable key. */
  startSession(key: string, body: { studyId: string; participant?: unknown; locale?: string; invitationId?: string }): Promise<CreatedSession> {
    return this.json('POST', '/v1/sessions', key, body);
  }

  /** Reads a session (to resume it) with its session token. */
  getSession(id: string, token: string): Promise<Session> {
    return this.json('GET', `/v1/sessions/${encodeURIComponent(id)}`, token);
  }

  /** Sends an answer and streams the reply: `onDelta` gets each piece; resolves with the `done` payload. */
  async sendTurn(id: string, token: string, turn: { id: string; text: string }, onDelta: (text: string) => void): Promise<TurnResult> {
    const res = await this.request('POST', `/v1/sessions/${encodeURIComponent(id)}/turns`, token, turn, 'text/event-stream');
    let result: TurnResult | undefined;
    await readSse(res.body!, (event, data) => {
      const payload = JSON.parse(data);
      if (event === 'delta') onDelta(payload.text);
      else if (event === 'done') result = payload;
      else if (event === 'error') throw new RequestFailed(payload.type === 'upstream' ? 503 : 500, payload.type, payload.message);
    });
    // A stream that ends without `done` was cut: the same turn id is safe to send again.
    if (!result) throw new RequestFailed(0, 'network', 'The connection closed before the reply finished.');
    return result;
  }

  private async json<T>(method: string, path: string, key: string, body?: unknown): Promise<T> {
    return (await this.request(method, path, key, body)).json();
  }

  private async request(method: string, path: string, key: string, body?: unknown, accept = 'application/json'): Promise<Response> {
    let res: Response;
    try {
      res = await this.fetcher(this.base + path, {
        method,
        headers: { authorization: `Bearer ${key}`, accept, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new RequestFailed(0, 'network', 'Network unavailable.');
    }
    if (res.ok) return res;
    const err = await res.json().catch(() => ({}));
    const retryAfter = Number(res.headers.get('retry-after')) || undefined;
    throw new RequestFailed(res.status, err.error?.type ?? 'internal', err.error?.message ?? res.statusText, retryAfter);
  }
}
