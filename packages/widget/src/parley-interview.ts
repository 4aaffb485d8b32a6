import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Experience, TurnResult } from '@parley/protocol';
import { ApiClient } from './api-client.ts';
import { Conversation, type Message } from './conversation.ts';
import { SessionStore } from './saved-session.ts';
import { directionOf, english, loadStrings, type Strings } from './strings.ts';
import { styles } from './styles.ts';
import { firstFocusable, trapTab } from './focus-trap.ts';
import { ELEMENT_TAG, EVENTS, savedSessionKey } from './wire-names.ts';

/** The longest answer the API takes (its `MAX_MESSAGE_CHARS`), and the length from which a counter shows it coming. */
const MAX = 4000;
const COUNT_FROM = 3500;

/**
 * An adaptive interview, embedded: welcome, a streamed conversation with progress, and the end call-to-action.
 *
 * @element parley-interview
 * @fires parley:open - the interview was opened; detail `{ studyId, sessionId }` (`sessionId` only when resuming: none exists before Start)
 * @fires parley:turn - an answer got its reply; detail `{ sessionId, turn, reply, progress, status }`
 * @fires parley:complete - the interview finished; detail `{ sessionId }`
 * @fires parley:dismiss - the participant declined or closed it; detail `{ sessionId, reason: 'dismissed' | 'closed' }`
 * @attr invitation - the invitation id when the interview came from an invitation link or event
 * @prop preview - an `experience` to show as the welcome screen without starting a session (the console's live preview)
 * @csspart launcher - the popover's floating button
 * @csspart teaser - the popover's optional teaser line
 * @csspart panel - the interview surface
 * @csspart header - title bar with the close button
 * @csspart progress - the progress bar
 * @csspart messages - the conversation
 * @csspart message - one message (also `interviewer` or `participant`)
 * @csspart composer - the answer form
 * @csspart input - the answer box
 * @csspart send - the send button
 * @csspart start - the welcome screen's start button
 * @csspart cta - the end call-to-action: a link styled as a button
 * @csspart counter - the answer's length, shown near the limit
 * @csspart error - the server's reason for refusing an answer, next to the answer box
 * @cssprop --parley-accent - accent colour (buttons, your messages, progress); `--parley-accent-dark` in dark mode
 * @cssprop --parley-on-accent - text on the accent colour
 * @cssprop --parley-bg - surface background; --parley-fg text; --parley-muted secondary text; --parley-surface interviewer bubbles
 * @cssprop --parley-border - borders
 * @cssprop --parley-font - font family
 * @cssprop --parley-radius - corner radius
 */
export class ParleyInterview extends LitElement {
  static override styles = styles;
  static override properties = {
    study: { type: String },
    publishableKey: { type: String, attribute: 'publishable-key' },
    api: { type: String },
    participantId: { type: String, attribute: 'participant-id' },
    participantAttributes: { type: Object, attribute: 'attributes' },
    mode: { type: String, reflect: true },
    locale: { type: String },
    teaser: { type: String },
    invitation: { type: String },
    open: { type: Boolean, reflect: true },
    strings: { attribute: false },
    preview: { attribute: false },
    announcement: { state: true },
  };

  /** The study to interview for (`st_…`). */
  study = '';
  /** The workspace's publishable key (`pk_…`). */
  publishableKey = '';
  /** Base URL of the Parley API; defaults to this page's origin. */
  api = '';
  /** Your id for the person, so interviews can be tied back and not repeated. */
  participantId?: string;
  /**
   * Segment attributes of the person, e.g. `{"plan":"pro"}`: JSON in the `attributes` attribute. The property has its
   * own name because `Element.attributes` belongs to the DOM.
   */
  participantAttributes?: Record<string, unknown>;
  /** `popover` (floating button, default), `inline` (fills its container) or `fullpage`. */
  mode: 'popover' | 'inline' | 'fullpage' = 'popover';
  /** BCP 47 locale of the interface (English, French and Arabic ship; RTL locales lay out right to left). */
  locale?: string;
  /** A line shown above the popover button to invite people in. */
  teaser?: string;
  /** The invitation (`in_…`) this interview answers, when it came from one. */
  invitation?: string;
  /** Whether the popover is open (inline and fullpage are always open). */
  open = false;
  /** Overrides for any of the widget's own strings. */
  strings: Partial<Strings> = {};
  /** An experience to show as the welcome screen, live, without contacting the API: how the console previews a draft. */
  preview?: Experience;
  private announcement = '';
  private catalog: Strings = english;
  private localeReady = true;
  private conversation?: Conversation;
  private returnFocus: HTMLElement | null = null;
  private declined = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.mode !== 'popover') this.open = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.conversation?.stop();
  }

  /** The session being shown, once one exists. */
  get sessionId(): string | undefined {
    return this.conversation?.sessionId;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      const locale = this.locale ?? document.documentElement.lang;
      this.dir = directionOf(locale);
      // Until the locale's strings are here the body waits, so nobody sees English flash before their language.
      this.localeReady = false;
      void loadStrings(locale).then((strings) => {
        this.catalog = strings;
        this.localeReady = true;
        this.requestUpdate();
      });
    }
    if (changed.has('mode') && this.mode !== 'popover') this.open = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open && !this.preview) void this.start();
    // Through the CSSOM rather than a style attribute, which a strict Content-Security-Policy would block.
    this.style.setProperty('--_progress', `${(this.conversation?.progress.fraction ?? 0) * 100}%`);
    const body = this.renderRoot.querySelector('.body');
    if (body) body.scrollTop = body.scrollHeight;
  }

  /** The conversation on screen: the real one, or a welcome screen built from `preview`. */
  private get shown(): Conversation | undefined {
    return this.preview ? ({ phase: 'welcome', experience: this.preview, progress: {} } as Conversation) : this.conversation;
  }

  private get t(): Strings {
    return { ...this.catalog, ...this.strings };
  }

  private async start(): Promise<void> {
    if (!this.conversation) {
      const attributes = this.participantAttributes;
      const participant = this.participantId || attributes ? { ...(this.participantId ? { id: this.participantId } : {}), ...(attributes ? { attributes } : {}) } : undefined;
      this.conversation = new Conversation({
        client: new ApiClient((this.api || location.origin).replace(/\/$/, '')),
        store: this.store(),
        studyId: this.study,
        publishableKey: this.publishableKey,
        ...(participant ? { participant } : {}),
        ...(this.locale ? { locale: this.locale } : {}),
        ...(this.invitation ? { invitationId: this.invitation } : {}),
        changed: () => this.requestUpdate(),
        turned: (result) => this.turned(result),
      });
    }
    await this.conversation.open();
    this.emit(EVENTS.open, { studyId: this.study, sessionId: this.sessionId });
    await this.updateComplete;
    if (this.mode === 'popover') firstFocusable(this.renderRoot as ShadowRoot)?.focus();
  }

  private turned(result: TurnResult): void {
    // Announced once complete, never per token: a screen reader reading every piece would be unbearable.
    this.announcement = this.conversation!.messages.at(-1)!.text;
    this.emit(EVENTS.turn, { sessionId: this.sessionId, ...result });
    if (result.status === 'completed') this.emit(EVENTS.complete, { sessionId: this.sessionId });
    // The answer box goes away at the end: focus moves to the end screen so the keyboard is never stranded.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('textarea, .done a, .done button')?.focus());
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private show = (): void => {
    this.returnFocus = (document.activeElement as HTMLElement | null) ?? null;
    this.open = true;
  };

  private close = (): void => {
    this.open = false;
    this.emit(EVENTS.dismiss, { sessionId: this.sessionId, reason: 'closed' });
    void this.updateComplete.then(() => (this.renderRoot.querySelector('.launcher') as HTMLElement | null)?.focus() ?? this.returnFocus?.focus());
  };

  private decline = async (): Promise<void> => {
    const sessionId = this.sessionId;
    await this.conversation?.dismiss();
    this.conversation = undefined;
    this.emit(EVENTS.dismiss, { sessionId, reason: 'dismissed' });
    // Inline and full page stay on screen: they say goodbye rather than wait forever on an interview that never comes.
    if (this.mode === 'popover') this.remove();
    else (this.declined = true), this.requestUpdate();
  };

  private begin = async (): Promise<void> => {
    await this.conversation?.begin();
    await this.updateComplete;
    this.renderRoot.querySelector('textarea')?.focus();
  };

  private submit = (event: Event): void => {
    event.preventDefault();
    const box = this.renderRoot.querySelector('textarea')!;
    const text = box.value;
    if (!text.trim()) return;
    box.value = '';
    void this.conversation?.send(text);
  };

  private onKey = (event: KeyboardEvent): void => {
    if (this.mode !== 'popover' || !this.open) return;
    if (event.key === 'Escape') return void (event.preventDefault(), this.close());
    trapTab(event, this.renderRoot as ShadowRoot);
  };

  private onInput = (event: Event): void => {
    this.store().save({ draft: (event.target as HTMLTextAreaElement).value });
    // The counter follows the typing.
    this.requestUpdate();
  };

  private onEnter = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) this.submit(event);
  };

  /** This study's saved session for this participant (and invitation). */
  private store(): SessionStore {
    return new SessionStore(savedSessionKey(this.study, this.participantId, this.invitation));
  }

  protected override render() {
    const t = this.t;
    if (this.mode === 'popover' && !this.open) {
      return html`${this.teaser ? html`<div class="teaser" part="teaser">${this.teaser}</div>` : nothing}
        <button class="launcher" part="launcher" aria-haspopup="dialog" @click=${this.show}>${this.store().load() ? t.resume : t.launcher}</button>`;
    }
    const c = this.shown;
    const title = c?.experience?.title ?? t.launcher;
    const modal = this.mode === 'popover';
    return html`<div class="panel" part="panel" role=${modal ? 'dialog' : 'region'} aria-modal=${modal ? 'true' : nothing} aria-label=${title} @keydown=${this.onKey}>
      <div class="head" part="header">
        <h2>${title}</h2>
        ${modal ? html`<button class="ghost" @click=${this.close} aria-label=${t.close}>✕</button>` : nothing}
      </div>
      ${c && c.phase !== 'welcome' && c.progress.total
        ? html`<div class="progress" part="progress" role="progressbar" aria-label=${t.progress} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(c.progress.fraction * 100)}><div></div></div>`
        : nothing}
      <div class="body" part="messages">${this.renderBody(t)}</div>
      ${c?.reconnecting ? html`<div class="status" role="status">${t.reconnecting}</div>` : nothing}
      ${c?.phase === 'chatting' ? this.renderComposer(t, c) : nothing}
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderBody(t: Strings) {
    const c = this.shown;
    if (this.declined) return html`<p>${t.thanks}</p>`;
    if (!c || c.phase === 'loading' || c.phase === 'idle' || !this.localeReady) return html`<p class="typing">…</p>`;
    if (c.phase === 'failed') {
      return html`<p role="alert">${c.error ?? t.failed}</p><div class="actions"><button class="primary" @click=${() => void this.start()}>${t.retry}</button></div>`;
    }
    if (c.phase === 'welcome') {
      const e = c.experience!;
      const r = e.researcher;
      return html`<div class="welcome">
        <p>${e.welcomeMessage}</p>
        ${r
          ? html`<div class="researcher">
              ${r.avatarUrl && /^https?:/.test(r.avatarUrl) ? html`<img src=${r.avatarUrl} alt="" />` : nothing}
              <span>${t.by} <strong>${r.name}</strong>${r.title ? html`, ${r.title}` : nothing}${r.bio ? html`<br />${r.bio}` : nothing}</span>
            </div>`
          : nothing}
        ${e.consentText ? html`<p class="consent">${e.consentText}</p>` : nothing}
        <div class="actions">
          <button class="primary" part="start" ?disabled=${c.busy} @click=${this.begin}>${t.start}</button>
          <button class="ghost" @click=${this.decline}>${t.dismiss}</button>
        </div>
      </div>`;
    }
    return html`${c.messages.map((m) => this.renderMessage(m, t))}${c.phase === 'completed' ? this.renderDone(t) : nothing}`;
  }

  private renderMessage(m: Message, t: Strings) {
    if (m.streaming && !m.text) return html`<p class="msg interviewer typing" part="message interviewer">${t.typing}</p>`;
    return html`<p class="msg ${m.role}" part="message ${m.role}"><span class="sr-only">${m.role === 'interviewer' ? t.interviewer : t.you}: </span>${m.text}</p>`;
  }

  private renderDone(t: Strings) {
    const e = this.conversation?.experience;
    const cta = e?.endCta;
    // With a link the call-to-action is a real button; without one its words are a closing line of their own.
    return html`<div class="done">
      <strong>${e?.thankYouMessage ?? t.thanks}</strong>
      ${cta?.url && /^https?:/.test(cta.url) ? html`<a class="primary" part="cta" href=${cta.url} target="_blank" rel="noopener noreferrer">${cta.text}</a>` : cta ? html`<p>${cta.text}</p>` : nothing}
      ${this.mode === 'popover' ? html`<button class="ghost" @click=${this.close}>${t.close}</button>` : nothing}
    </div>`;
  }

  private renderComposer(t: Strings, c: Conversation) {
    const draft = this.store().load()?.draft ?? '';
    const n = (x: number) => x.toLocaleString(this.locale || undefined);
    return html`${c.error ? html`<p class="status" part="error" role="alert">${c.error}</p>` : nothing}
      <form part="composer" @submit=${this.submit}>
        <textarea part="input" aria-label=${t.inputLabel} placeholder=${t.placeholder} rows="2" maxlength=${MAX} .value=${draft} @input=${this.onInput} @keydown=${this.onEnter}></textarea>
        ${draft.length >= COUNT_FROM ? html`<span class="count" part="counter">${n(draft.length)} / ${n(MAX)}</span>` : nothing}
        <button class="primary" part="send" type="submit" ?disabled=${c.busy}>${t.send}</button>
      </form>`;
  }
}

if (!customElements.get(ELEMENT_TAG)) customElements.define(ELEMENT_TAG, ParleyInterview);

declare global {
  interface HTMLElementTagNameMap {
    'parley-interview': ParleyInterview;
  }
}
