import { expect } from '@esm-bundle/chai';
import { env, liveStudy, reset, until } from './fixtures.ts';

type Method = (...a: unknown[]) => void;
type ParleyGlobal = Record<'init' | 'identify' | 'track' | 'page' | 'show' | 'reset', Method> & { q?: unknown[] };
const win = window as unknown as { Parley?: ParleyGlobal };

// The stub of docs/widget.md's snippet, word for word but for the script's address (a test checks the two agree).
const STUB = `((w, d, P, s) => {
    if (w.Parley) return;
    P = w.Parley = { q: [] };
    for (const m of ['init', 'identify', 'track', 'page', 'show', 'reset']) P[m] = (...a) => P.q.push([m, a]);
    s = d.createElement('script');
    s.async = true;
    s.src = 'https://YOUR-API/widget/parley.js';
    d.head.append(s);
  })(window, document);`;

/** Runs the snippet's stub as an inline script, as a host page does; the loader then loads on its own. */
function runStub(src: string): void {
  const s = document.createElement('script');
  s.textContent = STUB.replace('https://YOUR-API/widget/parley.js', src);
  document.head.append(s);
}

/** Loads a loader script with these attributes; resolves on load, rejects on a failed load (e.g. an integrity mismatch). */
function loadScript(attrs: Record<string, string>): Promise<ParleyGlobal> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
    s.onload = () => resolve(win.Parley!);
    s.onerror = () => reject(new Error('the script did not load'));
    document.head.append(s);
  });
}

/** Records what the page sends to POST /v1/eligibility. */
function recordAsks(): { bodies: Record<string, unknown>[]; stop(): void } {
  const original = window.fetch;
  const bodies: Record<string, unknown>[] = [];
  window.fetch = (input, init) => {
    if (String(input).endsWith('/v1/eligibility')) bodies.push(JSON.parse(String(init?.body)));
    return original(input, init);
  };
  return { bodies, stop: () => (window.fetch = original) };
}

/** Collects what the loader logs or warns while `run` runs. */
async function consoleDuring(run: () => Promise<void>): Promise<{ debug: unknown[][]; warn: unknown[][] }> {
  const seen = { debug: [] as unknown[][], warn: [] as unknown[][] };
  const { debug, warn } = console;
  console.debug = (...a: unknown[]) => (a[0] === '[parley]' ? seen.debug.push(a.slice(1)) : debug(...a));
  console.warn = (...a: unknown[]) => (a[0] === '[parley]' ? seen.warn.push(a.slice(1)) : warn(...a));
  try {
    await run();
  } finally {
    Object.assign(console, { debug, warn });
  }
  return seen;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const base = () => ({ api: env.api, publishableKey: env.publishableKey });

describe('parley.js as people expect it: the snippet, identify, never throwing, debug, pinned versions', () => {
  const originalUrl = location.href;
  afterEach(() => {
    reset();
    history.replaceState(null, '', originalUrl);
    delete win.Parley;
  });

  it('replays, in order, the calls made to the snippet\'s stub before the script loaded, then replaces the stub', async () => {
    const study = await liveStudy();
    runStub('/dist/parley.js');
    const stub = win.Parley!;
    expect(stub.q).to.deep.equal([]);
    stub.init({ ...base(), participant: { id: 'u_before_identify' } });
    win.Parley!.identify('u_first');
    win.Parley!.identify('u_stub', { plan: 'pro' });
    win.Parley!.show(study);
    expect(document.querySelector('parley-interview')).to.equal(null);
    await until(() => win.Parley !== stub, 5_000, 'the loader to replace the stub');
    expect(win.Parley).to.not.have.property('q');
    const el = await until(() => document.querySelector('parley-interview'), 5_000, 'the queued show');
    expect(el.getAttribute('study')).to.equal(study);
    // identify ran after init and before show, as they were called: the last identity is the one shown.
    expect(el.getAttribute('participant-id')).to.equal('u_stub');
    expect(el.getAttribute('attributes')).to.equal('{"plan":"pro"}');
  });

  it('documents exactly the stub tested here', async () => {
    // The docs are outside the test server's root; @web/dev-server serves such files under this prefix.
    const res = await fetch('/__wds-outside-root__/2/docs/widget.md');
    expect(res.ok, 'docs/widget.md reachable').to.equal(true);
    expect((await res.text()).includes(STUB), 'docs/widget.md shows this stub').to.equal(true);
  });

  it('keeps the script tag form: data attributes init, and a malformed data-attributes neither throws nor stops it', async () => {
    const study = await liveStudy();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    addEventListener('error', onError);
    const Parley = await loadScript({
      src: '/dist/parley.js',
      'data-api': env.api,
      'data-publishable-key': env.publishableKey,
      'data-participant-id': 'u_tag',
      'data-attributes': "{plan: 'pro'",
    });
    await sleep(300);
    removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    // Still initialised from the tag: the visitor is who the tag says, without the attributes it could not read.
    Parley.show(study);
    const el = await until(() => document.querySelector('parley-interview'), 5_000, 'the element');
    expect(el.getAttribute('participant-id')).to.equal('u_tag');
    expect(el.hasAttribute('attributes')).to.equal(false);
  });

  it('never throws from a public method, whatever it is given, and warns only in debug mode', async () => {
    const calls = (P: ParleyGlobal) => {
      P.init(undefined);
      P.init({});
      P.track();
      P.show();
      P.identify();
      P.page();
      P.reset();
    };
    const quiet = await consoleDuring(async () => calls(await loadScript({ src: '/dist/parley.js' })));
    expect(quiet).to.deep.equal({ debug: [], warn: [] });
    const loud = await consoleDuring(async () => calls(await loadScript({ src: '/dist/parley.js', 'data-debug': '' })));
    expect(loud.warn.length).to.equal(2);
    expect(String(loud.warn[0]![0])).to.match(/TypeError/);
  });

  it('Parley.identify sets who later asks and interviews are for; Parley.reset forgets it', async () => {
    const study = await liveStudy();
    const asks = recordAsks();
    try {
      const Parley = await loadScript({ src: '/dist/parley.js' });
      Parley.init({ ...base(), participant: { id: 'u_init' } });
      await until(() => asks.bodies.length === 1, 5_000, 'the first ask');
      expect(asks.bodies[0]!.participantId).to.equal('u_init');
      Parley.identify('u_identified', { plan: 'team' });
      Parley.track('loader_identify_test');
      await until(() => asks.bodies.length === 2, 5_000, 'the tracked ask');
      expect(asks.bodies[1]).to.include({ participantId: 'u_identified', event: 'loader_identify_test' });
      expect(asks.bodies[1]!.attributes).to.deep.equal({ plan: 'team' });
      Parley.show(study);
      const el = await until(() => document.querySelector('parley-interview'), 5_000, 'the element');
      expect(el.getAttribute('participant-id')).to.equal('u_identified');
      expect(el.getAttribute('attributes')).to.equal('{"plan":"team"}');
      Parley.reset();
      Parley.show(study);
      const after = await until(() => document.querySelector('parley-interview'), 5_000, 'the element after reset');
      expect(after.hasAttribute('participant-id')).to.equal(false);
    } finally {
      asks.stop();
    }
  });

  it('logs each decision in debug mode (?parley_debug=1, data-debug or init({ debug: true })), and nothing otherwise', async () => {
    const study = await liveStudy();
    const silent = await consoleDuring(async () => {
      (await loadScript({ src: '/dist/parley.js' })).init({ ...base(), participant: { id: 'u_debug_off' } });
      await sleep(500);
    });
    expect(silent.debug).to.deep.equal([]);
    for (const turnOn of ['url', 'attribute', 'init'] as const) {
      reset();
      if (turnOn === 'url') history.replaceState(null, '', `${originalUrl}&parley_debug=1`);
      const seen = await consoleDuring(async () => {
        const Parley = await loadScript({ src: '/dist/parley.js', ...(turnOn === 'attribute' ? { 'data-debug': '' } : {}) });
        Parley.init({ ...base(), participant: { id: `u_debug_${turnOn}` }, ...(turnOn === 'init' ? { debug: true } : {}) });
        await sleep(500);
        Parley.show(study);
        await until(() => document.querySelector('parley-interview'), 5_000, 'the element');
        // Why nothing more is shown: a popover is on the page.
        Parley.track('loader_debug_test');
        await sleep(100);
      });
      history.replaceState(null, '', originalUrl);
      const said = seen.debug.map((a) => String(a[0]));
      expect(said, turnOn).to.include.members(['ask', 'answer', 'show']);
      expect(seen.debug.find((a) => a[0] === 'ask')![1], turnOn).to.include({ participantId: `u_debug_${turnOn}` });
      expect(seen.debug.find((a) => a[0] === 'answer')!.slice(1), turnOn).to.deep.equal([200, { show: null }]);
      expect(said.some((s) => /^not asked:.*popover/.test(s)), turnOn).to.equal(true);
    }
  });

  it('loads from the versioned URL with its SRI hash, takes the element from the same folder, and refuses altered bytes', async () => {
    const study = await liveStudy();
    const manifest = await (await fetch(`${env.api}/widget/manifest.json`)).json();
    const folder = `${env.api}/widget/${manifest.path}`;
    expect(folder).to.match(/\/widget\/v\d+\.\d+\.\d+[^/]*\/$/);
    // A wrong hash: the browser refuses to run it (so the published hash is what makes the next load work).
    const wrong = manifest.integrity['parley-interview.js'];
    let refused = false;
    await loadScript({ src: `${folder}parley.js`, integrity: wrong, crossorigin: 'anonymous' }).catch(() => (refused = true));
    expect(refused).to.equal(true);
    const Parley = await loadScript({
      src: `${folder}parley.js`,
      integrity: manifest.integrity['parley.js'],
      crossorigin: 'anonymous',
      'data-api': env.api,
      'data-publishable-key': env.publishableKey,
    });
    Parley.show(study);
    await until(() => document.querySelector('parley-interview'), 5_000, 'the element');
    await until(() => performance.getEntriesByType('resource').some((e) => e.name === `${folder}parley-interview.js`), 5_000, 'the element from the versioned folder');
  });
});
