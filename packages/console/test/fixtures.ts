import 'axe-core/axe.min.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { mountConsole } from '../src/main.tsx';

/** Where the real API runs and its keys (set by web-test-runner.config.mjs). */
export const env = (window as unknown as { PARLEY: { api: string; secretKey: string; publishableKey: string } }).PARLEY;

declare const axe: { run(context: Element | Document, options?: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };

let unmount: (() => void) | null = null;

/** Mounts a fresh console at `hash`, signed out unless `signedIn`. */
export async function openConsole(hash = '#/', { signedIn = true } = {}): Promise<HTMLElement> {
  unmount?.();
  document.getElementById('app')?.remove();
  sessionStorage.clear();
  if (signedIn) sessionStorage.setItem('parley.console.secretKey', env.secretKey);
  history.replaceState(null, '', hash);
  const root = document.createElement('div');
  root.id = 'app';
  document.body.append(root);
  unmount = mountConsole(root, env.api);
  return root;
}

/** Polls until `check` returns a truthy value (or throws after `ms`, saying what it waited for). */
export async function until<T>(check: () => T | undefined | null | false, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the page shows: ${document.getElementById('app')?.innerText.slice(0, 600)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The first element matching `selector` whose text contains `text`. */
export function byText<E extends HTMLElement = HTMLElement>(selector: string, text: string | RegExp): E | null {
  for (const el of document.querySelectorAll<E>(`#app ${selector}`)) {
    if (typeof text === 'string' ? el.textContent?.includes(text) : text.test(el.textContent ?? '')) return el;
  }
  return null;
}

/** Waits for a button or link with this text, then clicks it. */
export async function click(text: string | RegExp, selector = 'button, a'): Promise<void> {
  const el = await until(() => {
    const found = byText(selector, text);
    return found && !(found as HTMLButtonElement).disabled ? found : null;
  }, `a clickable "${text}"`);
  el.click();
}

/** Types into a field as a person would (the value, then an input event). */
export function type(selector: string, text: string): void {
  const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#app ${selector}`);
  if (!el) throw new Error(`no field ${selector}`);
  el.focus();
  el.value = text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Picks an option of a select. */
export function choose(selector: string, value: string): void {
  const el = document.querySelector<HTMLSelectElement>(`#app ${selector}`)!;
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The current screen's main heading. */
export const heading = () => document.querySelector('#app h1')?.textContent?.trim() ?? '';

/** Runs axe-core on the console and returns the violations as readable lines (empty = none). */
export async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document.getElementById('app')!, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

/** Saves a screenshot of the page to .test-output/screenshots/<name>.png (for people to look at). */
export async function screenshot(name: string, fullPage = true): Promise<void> {
  await new Promise((r) => setTimeout(r, 150));
  await executeServerCommand('screenshot', { name, fullPage });
}

/** Calls the real API with the secret key. */
export async function admin(method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(env.api + path, {
    method,
    headers: { authorization: `Bearer ${env.secretKey}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}
