import { expect } from '@esm-bundle/chai';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { answer, liveStudy, messages, mount, reset, shadow, until } from './fixtures.ts';

declare const axe: { run(context: Element, options?: unknown): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> };

/** Runs axe-core on an element (its shadow tree included) and returns the violations as readable lines. */
async function violations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** The element that has focus, looking through shadow roots. */
function focused(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

describe('<parley-interview> accessibility', () => {
  afterEach(async () => {
    reset();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('can be completed with the keyboard alone in popover mode, with focus trapped and returned', async () => {
    const study = await liveStudy();
    const el = await mount(study, { mode: 'popover', teaser: 'Got 5 minutes?' });
    const launcher = shadow(el).querySelector<HTMLButtonElement>('[part="launcher"]')!;
    launcher.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.getAttribute('part') === 'start', 10_000, 'focus on Start');
    expect(shadow(el).querySelector('[role="dialog"]')!.getAttribute('aria-modal')).to.equal('true');
    await executeServerCommand('screenshot', { name: 'widget-popover-welcome' });
    // Tab cycles inside the dialog: Start → Not now → Close → Start.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('part')).to.equal('start');
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.tagName === 'TEXTAREA', 10_000, 'focus in the answer box');
    for (let i = 0; i < 10 && !shadow(el).querySelector('.done'); i++) {
      await until(() => focused()?.tagName === 'TEXTAREA' && !shadow(el).querySelector<HTMLButtonElement>('[part="send"]')!.disabled, 10_000, 'ready to answer');
      const before = messages(el).length;
      await sendKeys({ type: i === 0 ? 'I was billed twice in March.' : 'Support fixed it by email after a week.' });
      await sendKeys({ press: 'Enter' });
      // The reply is complete when it is on screen and the box is usable again (or the end screen shows).
      await until(() => shadow(el).querySelector('.done') || (messages(el).length >= before + 2 && focused()?.tagName === 'TEXTAREA' && shadow(el).querySelector<HTMLButtonElement>('[part="send"]')?.disabled === false), 10_000, 'reply');
    }
    await until(() => shadow(el).querySelector('.done'), 10_000, 'completion');
    await executeServerCommand('screenshot', { name: 'widget-popover-completed' });
    await sendKeys({ press: 'Escape' });
    await until(() => shadow(el).querySelector('[part="launcher"]'), 5_000, 'closed');
    expect(focused()?.getAttribute('part')).to.equal('launcher');
  });

  it('has no axe-core violations on the welcome screen and in conversation, light and dark', async () => {
    const study = await liveStudy();
    for (const colorScheme of ['light', 'dark'] as const) {
      reset();
      await emulateMedia({ colorScheme });
      const el = await mount(study, { mode: 'fullpage' });
      await until(() => shadow(el).querySelector('[part="start"]'), 10_000, 'welcome');
      expect(await violations(el), `welcome, ${colorScheme}`).to.deep.equal([]);
      shadow(el).querySelector<HTMLButtonElement>('[part="start"]')!.click();
      await answer(el, 'The refund took a week.');
      await until(() => messages(el).length === 3 && !shadow(el).querySelector('.typing'), 10_000, 'reply');
      expect(await violations(el), `conversation, ${colorScheme}`).to.deep.equal([]);
      await executeServerCommand('screenshot', { name: `widget-fullpage-${colorScheme}` });
    }
  });

  it('announces replies through one polite live region and labels every control', async () => {
    const study = await liveStudy();
    const el = await mount(study);
    await until(() => shadow(el).querySelector('[part="start"]'));
    expect(shadow(el).querySelectorAll('[aria-live]')).to.have.length(1);
    expect(shadow(el).querySelector('[aria-live]')!.getAttribute('aria-live')).to.equal('polite');
    shadow(el).querySelector<HTMLButtonElement>('[part="start"]')!.click();
    const box = await until(() => shadow(el).querySelector('textarea'));
    expect(box.getAttribute('aria-label')).to.equal('Your answer');
    const bar = shadow(el).querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-label')).to.equal('Interview progress');
  });
});
