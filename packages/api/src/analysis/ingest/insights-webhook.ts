import type { AppDeps } from '../../deps.ts';
import { emitWebhookEvent } from '../../webhooks/dispatch.ts';

/** Default window in which a study's insight updates are announced once. */
export const DEFAULT_WEBHOOK_DEBOUNCE_MS = 10_000;

/**
 * Announces `insights.updated` at most once per window per study: the first update opens the window, later ones only
 * replace the payload, and at the end of the window the latest state is sent. Insights change with every turn; a
 * receiver wants to hear that they changed, not every turn.
 */
export class InsightsWebhook {
  private readonly pending = new Map<string, { timer: ReturnType<typeof setTimeout>; data: Record<string, unknown> }>();

  constructor(private readonly windowMs: number) {}

  /** Notes that a study's insights changed. */
  schedule(deps: AppDeps, workspaceId: string, studyId: string, data: Record<string, unknown>): void {
    const key = `${workspaceId}\u0000${studyId}`;
    const open = this.pending.get(key);
    if (open) {
      open.data = data;
      return;
    }
    const timer = setTimeout(() => {
      const latest = this.pending.get(key)?.data ?? data;
      this.pending.delete(key);
      const work = emitWebhookEvent(deps, workspaceId, 'insights.updated', latest).catch((err: unknown) =>
        deps.logger.error('webhook_emit_failed', { studyId, event: 'insights.updated', error: String(err) }),
      );
      (deps.background ?? ((w) => void w))(work);
    }, this.windowMs);
    // A pending announcement must not keep a Node process alive on shutdown (edge runtimes have no unref).
    (timer as { unref?: () => void }).unref?.();
    this.pending.set(key, { timer, data });
  }

  /** Drops pending announcements. */
  close(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
