import { expect } from '@esm-bundle/chai';
import { env, liveStudy, reset, shadow, until } from './fixtures.ts';

/** Loads the built loader the way a host page does. */
function loadLoader(): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/dist/parley.js';
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('loader failed to load'));
    document.head.append(s);
  });
}

describe('parley.js loader (built bundle)', () => {
  afterEach(reset);

  it('downloads the element only when asked to show a study, then opens it as a popover', async () => {
    const study = await liveStudy();
    await loadLoader();
    const Parley = (window as unknown as { Parley: { init(o: unknown): void; show(id: string): void } }).Parley;
    Parley.init({ api: env.api, publishableKey: env.publishableKey, participant: { id: 'u_loader', attributes: { plan: 'pro' } } });
    await new Promise((r) => setTimeout(r, 200));
    expect(document.querySelector('script[src$="parley-interview.js"]')).to.equal(null);
    Parley.show(study);
    const el = await until(() => document.querySelector('parley-interview'), 5_000, 'the element');
    expect(el.getAttribute('mode')).to.equal('popover');
    expect(document.querySelector('script[src$="/dist/parley-interview.js"]')).to.not.equal(null);
    await until(() => el.shadowRoot && shadow(el as HTMLElement).querySelector('[part="start"]'), 10_000, 'welcome from the built element');
  });
});
