import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ParleyInterview } from '../src/parley-interview.ts';
import { answer, env, liveStudy, loadLoader, messages, mount, reset, shadow, until } from './fixtures.ts';

/** Whether this page has downloaded the built element bundle. */
const elementDownloaded = () => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/dist/parley-interview.js'));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts an interview for `participant` and answers once, then takes the element away (as a reload or navigation would). */
async function leaveUnfinished(study: string, participant: string): Promise<string> {
  const el = await mount(study, { 'participant-id': participant });
  await until(() => shadow(el).querySelector('[part="start"]'), 10_000, 'welcome');
  shadow(el).querySelector<HTMLButtonElement>('[part="start"]')!.click();
  await answer(el, 'The refund took a week.');
  await until(() => messages(el).length === 3, 10_000, 'reply');
  const id = el.sessionId!;
  el.remove();
  return id;
}

describe('parley.js loader (built bundle)', () => {
  afterEach(reset);

  // First in this file, so that nothing has downloaded the element yet.
  it('downloads nothing when there is nothing to show or continue, and offers no one else\'s interview', async () => {
    const study = await liveStudy();
    await leaveUnfinished(study, 'u_someone_else');
    const Parley = await loadLoader();
    Parley.init({ api: env.api, publishableKey: env.publishableKey, participant: { id: 'u_nothing_saved' } });
    await sleep(500);
    expect(document.querySelector('parley-interview')).to.equal(null);
    expect(elementDownloaded()).to.equal(false);
  });

  it('downloads the element only when asked to show a study, then opens it as a popover', async () => {
    const study = await liveStudy();
    const Parley = await loadLoader();
    Parley.init({ api: env.api, publishableKey: env.publishableKey, participant: { id: 'u_loader', attributes: { plan: 'pro' } } });
    await sleep(200);
    expect(document.querySelector('parley-interview')).to.equal(null);
    Parley.show(study);
    const el = await until(() => document.querySelector('parley-interview'), 5_000, 'the element');
    expect(el.getAttribute('mode')).to.equal('popover');
    expect(el.hasAttribute('open')).to.equal(true);
    await until(elementDownloaded, 5_000, 'the element bundle');
    await until(() => el.shadowRoot && shadow(el as HTMLElement).querySelector('[part="start"]'), 10_000, 'welcome from the built element');
  });

  it('offers "Continue your interview" after a reload mid-interview, and resumes it', async () => {
    const study = await liveStudy();
    const sessionId = await leaveUnfinished(study, 'u_resume');
    const Parley = await loadLoader();
    Parley.init({ api: env.api, publishableKey: env.publishableKey, participant: { id: 'u_resume' } });
    const el = await until(() => document.querySelector<ParleyInterview>('parley-interview'), 5_000, 'the launcher');
    expect(el.hasAttribute('open')).to.equal(false);
    expect(el.getAttribute('study')).to.equal(study);
    const launcher = await until(() => el.shadowRoot?.querySelector<HTMLButtonElement>('[part="launcher"]'), 10_000, 'the launcher button');
    expect(launcher.textContent).to.equal('Continue your interview');
    await executeServerCommand('screenshot', { name: 'loader-continue-launcher' });
    launcher.click();
    await until(() => messages(el).length === 3, 10_000, 'the resumed transcript');
    expect(el.sessionId).to.equal(sessionId);
    expect(shadow(el).querySelector('.welcome')).to.equal(null);
    expect(messages(el)[1]).to.equal('The refund took a week.');
  });

  it('Parley.reset() forgets every saved interview and draft, and removes the widget', async () => {
    const study = await liveStudy();
    await leaveUnfinished(study, 'u_logout');
    await leaveUnfinished(study, 'u_other');
    localStorage.setItem('host-app:theme', 'dark');
    const Parley = await loadLoader();
    Parley.init({ api: env.api, publishableKey: env.publishableKey, participant: { id: 'u_logout' } });
    await until(() => document.querySelector('parley-interview'), 5_000, 'the launcher');
    Parley.reset();
    expect(document.querySelector('parley-interview')).to.equal(null);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('parley:'))).to.deep.equal([]);
    expect(localStorage.getItem('host-app:theme')).to.equal('dark');
    // The next visit offers nothing to continue: the previous person's answers are gone from this browser.
    const again = await loadLoader();
    again.init({ api: env.api, publishableKey: env.publishableKey, participant: { id: 'u_logout' } });
    await sleep(500);
    expect(document.querySelector('parley-interview')).to.equal(null);
    const el = await mount(study, { 'participant-id': 'u_logout' });
    await until(() => shadow(el).querySelector('[part="start"]'), 10_000, 'a fresh welcome');
  });
});
