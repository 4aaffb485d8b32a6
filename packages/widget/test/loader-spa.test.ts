import { expect } from '@esm-bundle/chai';
import { admin, env, liveStudy, loadLoader, reset, until } from './fixtures.ts';

/** What the page sent to POST /v1/eligibility, and when the answers came back. */
function recordAsks(): { asks: { body: Record<string, unknown>; sentAt: number; answeredAt?: number }[]; stop(): void } {
  const original = window.fetch;
  const asks: { body: Record<string, unknown>; sentAt: number; answeredAt?: number }[] = [];
  window.fetch = async (input, init) => {
    if (!String(input).endsWith('/v1/eligibility')) return original(input, init);
    const ask: (typeof asks)[number] = { body: JSON.parse(String(init?.body)), sentAt: performance.now() };
    asks.push(ask);
    const res = await original(input, init);
    ask.answeredAt = performance.now();
    return res;
  };
  return { asks, stop: () => (window.fetch = original) };
}

/**
 * A live study with these triggers, for this test's visitors only (a segment on an attribute only they have): other
 * tests share the API, and must not be shown it or watch for it.
 */
async function studyFor(segment: string, triggers: unknown[]): Promise<string> {
  const id = await liveStudy();
  await admin('PATCH', `/v1/studies/${id}`, { triggers, targeting: { segments: { loaderTest: segment }, recontactDays: 0 } });
  return id;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const elements = () => document.querySelectorAll('parley-interview');
let n = 0;
/** A fresh, unique name for this run (participants, segments, paths). */
const unique = (what: string) => `${what}-${Date.now().toString(36)}-${n++}`;

describe('parley.js in a single-page app: page views on navigation', () => {
  const originalUrl = location.href;
  const studies: string[] = [];
  afterEach(async () => {
    reset();
    history.replaceState(null, '', originalUrl);
    for (const id of studies.splice(0)) await admin('PATCH', `/v1/studies/${id}`, { status: 'closed' });
  });

  it('shows the interview of a page-view study when the app pushes that page', async () => {
    const segment = unique('spa-page');
    const path = `/${unique('billing')}`;
    const study = await studyFor(segment, [{ on: 'page_view', urlPattern: `${path}*` }]);
    studies.push(study);
    const asks = recordAsks();
    try {
      const Parley = await loadLoader();
      Parley.init({ api: env.api, publishableKey: env.publishableKey, participant: { id: unique('u'), attributes: { loaderTest: segment } } });
      await until(() => asks.asks[0]?.answeredAt, 5_000, 'the first ask');
      await sleep(200);
      expect(elements().length).to.equal(0);
      // The same address again (a router's replaceState for scroll state) is no page view.
      history.replaceState({ scroll: 1 }, '', location.href);
      history.pushState(null, '', `${path}/invoices?tab=open`);
      const el = await until(() => document.querySelector('parley-interview'), 5_000, 'the page-view interview');
      expect(el.getAttribute('study')).to.equal(study);
      expect(asks.asks.length).to.equal(2);
      expect(asks.asks[1]!.body.url).to.equal(`${location.origin}${path}/invoices?tab=open`);
    } finally {
      asks.stop();
    }
  });

  it('asks again on back / forward (popstate), and never for a jump to an in-page anchor', async () => {
    const asks = recordAsks();
    try {
      const Parley = await loadLoader();
      Parley.init({ api: env.api, publishableKey: env.publishableKey, participant: { id: unique('u') } });
      await until(() => asks.asks[0]?.answeredAt, 5_000, 'the first ask');
      history.pushState(null, '', `${location.pathname}${location.search}#section-2`);
      await sleep(200);
      expect(asks.asks.length).to.equal(1);
      history.pushState(null, '', `/${unique('settings')}`);
      await until(() => asks.asks.length === 2, 5_000, 'the ask for the pushed page');
      history.back();
      await until(() => asks.asks.length === 3, 5_000, 'the ask after back');
      expect(asks.asks[2]!.body.url).to.equal(location.href);
      // By hand: Parley.page() asks for the page as it is now, with no event.
      Parley.page();
      await until(() => asks.asks.length === 4, 5_000, 'the ask of Parley.page()');
      expect(asks.asks[3]!.body).to.not.have.property('event');
      expect(asks.asks[3]!.body.url).to.equal(location.href);
    } finally {
      asks.stop();
    }
  });

  it('cancels the last page\'s pending time-on-page watcher on navigation, and watches the new page afresh', async () => {
    const segment = unique('spa-time');
    const study = await studyFor(segment, [{ on: 'time_on_page', seconds: 2 }]);
    studies.push(study);
    const asks = recordAsks();
    try {
      const Parley = await loadLoader();
      Parley.init({ api: env.api, publishableKey: env.publishableKey, participant: { id: unique('u'), attributes: { loaderTest: segment } } });
      const armedAt = await until(() => asks.asks[0]?.answeredAt, 5_000, 'the first ask');
      await sleep(1_000);
      history.pushState(null, '', `/${unique('next-page')}`);
      const navigatedAt = performance.now();
      const el = await until(() => document.querySelector('parley-interview'), 6_000, 'the time-on-page interview');
      expect(el.getAttribute('study')).to.equal(study);
      const timed = asks.asks.filter((a) => a.body.event === '$time_on_page');
      // The first page's timer would have asked 2 s after it was armed; only the new page's, 2 s after navigating, did.
      expect(timed.length).to.equal(1);
      expect(timed[0]!.sentAt - armedAt).to.be.greaterThan(2_600);
      expect(timed[0]!.sentAt - navigatedAt).to.be.greaterThan(1_800);
    } finally {
      asks.stop();
    }
  });

  it('stops listening for the last page\'s exit intent on navigation: one leave asks once', async () => {
    const segment = unique('spa-exit');
    const study = await studyFor(segment, [{ on: 'exit_intent' }]);
    studies.push(study);
    const asks = recordAsks();
    try {
      const Parley = await loadLoader();
      Parley.init({ api: env.api, publishableKey: env.publishableKey, participant: { id: unique('u'), attributes: { loaderTest: segment } } });
      await until(() => asks.asks[0]?.answeredAt, 5_000, 'the first ask');
      history.pushState(null, '', `/${unique('next-page')}`);
      await until(() => asks.asks[1]?.answeredAt, 5_000, 'the ask for the new page');
      // The pointer leaves through the top of the window.
      document.documentElement.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, clientY: -5, relatedTarget: null }));
      const el = await until(() => document.querySelector('parley-interview'), 5_000, 'the exit-intent interview');
      expect(el.getAttribute('study')).to.equal(study);
      expect(asks.asks.filter((a) => a.body.event === '$exit_intent').length).to.equal(1);
    } finally {
      asks.stop();
    }
  });

  it('shows nothing more on navigation while an interview popover is on the page', async () => {
    const segment = unique('spa-shown');
    const path = `/${unique('pricing')}`;
    studies.push(await studyFor(segment, [{ on: 'page_view', urlPattern: `${path}*` }]));
    const other = await liveStudy();
    const asks = recordAsks();
    try {
      const Parley = await loadLoader();
      Parley.init({ api: env.api, publishableKey: env.publishableKey, participant: { id: unique('u'), attributes: { loaderTest: segment } } });
      await until(() => asks.asks[0]?.answeredAt, 5_000, 'the first ask');
      Parley.show(other);
      await until(() => document.querySelector('parley-interview'), 5_000, 'the shown popover');
      history.pushState(null, '', path);
      await sleep(800);
      expect(elements().length).to.equal(1);
      expect(elements()[0]!.getAttribute('study')).to.equal(other);
      expect(asks.asks.length).to.equal(1);
    } finally {
      asks.stop();
    }
  });
});
