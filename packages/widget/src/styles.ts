import { css } from 'lit';

/** The element's styles: every colour, font and radius comes from a custom property so hosts can theme it. */
export const styles = css`
  :host {
    --_accent: var(--parley-accent, #4338ca);
    --_on-accent: var(--parley-on-accent, #ffffff);
    --_bg: var(--parley-bg, #ffffff);
    --_fg: var(--parley-fg, #111827);
    --_muted: var(--parley-muted, #4b5563);
    --_surface: var(--parley-surface, #f3f4f6);
    --_border: var(--parley-border, #d1d5db);
    --_radius: var(--parley-radius, 12px);
    --_font: var(--parley-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-family: var(--_font);
    color: var(--_fg);
    font-size: 15px;
    line-height: 1.45;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--parley-accent-dark, #a5b4fc);
      --_on-accent: var(--parley-on-accent-dark, #111827);
      --_bg: var(--parley-bg-dark, #111827);
      --_fg: var(--parley-fg-dark, #f9fafb);
      --_muted: var(--parley-muted-dark, #d1d5db);
      --_surface: var(--parley-surface-dark, #1f2937);
      --_border: var(--parley-border-dark, #4b5563);
    }
  }
  :host([mode='popover']) { position: fixed; inset-block-end: 20px; inset-inline-end: 20px; z-index: 2147483000; }
  :host([mode='fullpage']) { display: block; position: fixed; inset: 0; background: var(--_surface); }
  :host([mode='inline']) { display: block; }
  * { box-sizing: border-box; }
  button, textarea { font: inherit; color: inherit; }
  button, a.primary { cursor: pointer; border-radius: calc(var(--_radius) / 1.5); border: 1px solid transparent; padding: 8px 14px; text-decoration: none; }
  :focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
  .primary { background: var(--_accent); color: var(--_on-accent); font-weight: 600; }
  .ghost { background: transparent; border-color: var(--_border); }
  .launcher { display: flex; align-items: center; gap: 8px; background: var(--_accent); color: var(--_on-accent); border-radius: 999px; padding: 12px 18px; font-weight: 600; box-shadow: 0 6px 24px rgb(0 0 0 / 0.2); }
  .teaser { margin-block-end: 8px; background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: 8px 12px; max-inline-size: 260px; }
  .panel { display: flex; flex-direction: column; background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); overflow: hidden; }
  :host([mode='popover']) .panel { inline-size: min(380px, calc(100vw - 40px)); block-size: min(600px, calc(100vh - 40px)); box-shadow: 0 12px 48px rgb(0 0 0 / 0.25); }
  :host([mode='inline']) .panel { min-block-size: 420px; block-size: 100%; }
  :host([mode='fullpage']) .panel { max-inline-size: 720px; block-size: 100%; margin: 0 auto; border-radius: 0; border-block: 0; }
  .head { display: flex; align-items: center; gap: 8px; padding: 12px 16px; border-block-end: 1px solid var(--_border); }
  .head h2 { flex: 1; font-size: 16px; margin: 0; }
  .progress { block-size: 4px; background: var(--_surface); }
  .progress > div { block-size: 100%; inline-size: var(--_progress, 0%); background: var(--_accent); transition: inline-size 0.3s; }
  .body { flex: 1; overflow-y: auto; padding: 16px; display: flex; flex-direction: column; gap: 10px; }
  .welcome { display: flex; flex-direction: column; gap: 12px; }
  .welcome p { margin: 0; white-space: pre-wrap; }
  .researcher { display: flex; gap: 10px; align-items: center; color: var(--_muted); }
  .researcher img { inline-size: 40px; block-size: 40px; border-radius: 50%; object-fit: cover; }
  .consent { font-size: 13px; color: var(--_muted); }
  .actions { display: flex; gap: 8px; flex-wrap: wrap; }
  .msg { max-inline-size: 85%; padding: 8px 12px; border-radius: var(--_radius); white-space: pre-wrap; overflow-wrap: anywhere; }
  .interviewer { background: var(--_surface); align-self: flex-start; }
  .participant { background: var(--_accent); color: var(--_on-accent); align-self: flex-end; }
  .typing { color: var(--_muted); font-style: italic; }
  .status, .count { color: var(--_muted); font-size: 13px; padding: 0 16px 8px; }
  .count { align-self: center; padding: 0; }
  form { display: flex; gap: 8px; padding: 12px 16px; border-block-start: 1px solid var(--_border); }
  textarea { flex: 1; resize: none; min-block-size: 44px; max-block-size: 140px; padding: 10px; border: 1px solid var(--_muted); border-radius: calc(var(--_radius) / 1.5); background: var(--_bg); }
  .done { text-align: center; display: flex; flex-direction: column; gap: 12px; align-items: center; padding-block: 24px; }
  .sr-only { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (max-width: 480px) {
    :host([mode='popover']) { inset-block-end: 0; inset-inline-end: 0; }
    :host([mode='popover']) .panel { inline-size: 100vw; block-size: 100vh; border-radius: 0; }
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; }
  }
`;
