import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { admin, answer, env, liveStudy, messages, mount, reset, shadow, until } from './fixtures.ts';

const answers = [
  'I was charged twice for the same month and the invoice showed the wrong amount.',
  'I wrote to support through the chat and they refunded me after three days.',
  'A clear status page for refunds would have helped.',
  'Nothing else, thanks.',
  'No.',
  'No.',
  'No.',
  'No.',
];

describe('<parley-interview> against the real API', () => {
  afterEach(reset);

  it('goes from welcome to conversation to completion, firing its events', async () => {
    const study = await liveStudy();
    const events: string[] = [];
    for (const name of ['parley:open', 'parley:turn', 'parley:complete']) document.addEventListener(name, () => events.push(name));
    const el = await mount(study);
    const root = shadow(el);
    await until(() => root.querySelector('.welcome'), 10_000, 'welcome');
    expect(root.querySelector('h2')!.textContent).to.equal('Billing help');
    expect(root.querySelector('.welcome')!.textContent).to.contain('Thanks for helping us').and.contain('Maya Chen').and.contain('read by our product team');
    root.querySelector<HTMLButtonElement>('[part="start"]')!.click();
    await until(() => messages(el).length === 1, 10_000, 'the first question');
    expect(messages(el)[0]).to.contain('What happened the last time you had a billing problem?');
    for (let i = 0; i < answers.length && !root.querySelector('.done'); i++) {
      const before = messages(el).length;
      await answer(el, answers[i]!);
      // The reply is complete when the answer box is usable again, or the end screen shows.
      await until(() => messages(el).length >= before + 2 && (root.querySelector('.done') || root.querySelector<HTMLButtonElement>('[part="send"]')?.disabled === false), 10_000, `reply ${i}`);
    }
    await until(() => root.querySelector('.done'), 5_000, 'the end screen');
    const cta = root.querySelector<HTMLAnchorElement>('[part="cta"]')!;
    expect(cta.textContent).to.equal('Back to your dashboard');
    expect(cta.href).to.equal('https://example.com/dashboard');
    expect(root.querySelector('textarea')).to.equal(null);
    expect(events).to.include('parley:open').and.include('parley:turn').and.include('parley:complete');
    const session = await admin('GET', `/v1/sessions/${el.sessionId}`);
    expect(session.status).to.equal('completed');
    expect(session.turns.filter((t: { role: string }) => t.role === 'interviewer').map((t: { text: string }) => t.text).join(' ')).to.contain('How did you get help with the billing problem?');
  });

  it('shows the interviewer typing, then the first words before the reply is complete', async () => {
    const study = await liveStudy();
    const realFetch = window.fetch;
    // Slow the stream down so each piece arrives on its own, as it would from a model.
    window.fetch = async (input, init) => {
      const res = await realFetch(input, init);
      if (!String(input).endsWith('/turns')) return res;
      // One SSE event per network chunk, 120 ms apart.
      const text = await res.text();
      const events = text.split(/(?<=\n\n)/);
      const slowed = new ReadableStream({
        async pull(c) {
          const next = events.shift();
          if (next === undefined) return c.close();
          await new Promise((r) => setTimeout(r, 120));
          c.enqueue(new TextEncoder().encode(next));
        },
      });
      return new Response(slowed, { status: res.status, headers: res.headers });
    };
    try {
      const el = await mount(study);
      await until(() => shadow(el).querySelector('[part="start"]'));
      shadow(el).querySelector<HTMLButtonElement>('[part="start"]')!.click();
      await answer(el, 'The invoice was wrong.');
      await until(() => shadow(el).querySelector('.typing'), 5_000, 'typing indicator');
      const partial = await until(() => {
        const live = shadow(el).querySelectorAll('.msg.interviewer:not(.typing)');
        return live.length === 2 && live[1]!.textContent!.replace('Interviewer: ', '').trim() ? live[1]!.textContent : null;
      }, 5_000, 'first words');
      await until(() => !shadow(el).querySelector<HTMLButtonElement>('[part="send"]')!.disabled, 10_000, 'reply complete');
      const full = [...shadow(el).querySelectorAll('.msg.interviewer')].at(-1)!.textContent!;
      expect(full.length).to.be.greaterThan(partial!.length);
      expect(full.startsWith(partial!)).to.equal(true);
      // The live region announces the whole reply once, not token by token.
      expect(shadow(el).querySelector('[aria-live]')!.textContent).to.equal(full.replace('Interviewer: ', ''));
    } finally {
      window.fetch = realFetch;
    }
  });

  it('resumes the same session with its transcript after a reload, keeping the draft', async () => {
    const study = await liveStudy();
    const first = await mount(study, { 'participant-id': 'u_reload' });
    await until(() => shadow(first).querySelector('[part="start"]'));
    shadow(first).querySelector<HTMLButtonElement>('[part="start"]')!.click();
    await answer(first, 'The invoice was wrong twice.');
    await until(() => messages(first).length === 3, 10_000, 'reply');
    const box = shadow(first).querySelector('textarea')!;
    box.value = 'half-written thought';
    box.dispatchEvent(new Event('input'));
    const sessionId = first.sessionId;
    first.remove();
    const again = await mount(study, { 'participant-id': 'u_reload' });
    await until(() => messages(again).length === 3, 10_000, 'resumed transcript');
    expect(again.sessionId).to.equal(sessionId);
    expect(shadow(again).querySelector('.welcome')).to.equal(null);
    expect(messages(again)[1]).to.equal('The invoice was wrong twice.');
    expect(shadow(again).querySelector('textarea')!.value).to.equal('half-written thought');
  });

  it('retries an answer through network failures with the same turn id: exactly one turn reaches the server', async () => {
    const study = await liveStudy();
    const realFetch = window.fetch;
    let failures = 0;
    const sentIds: string[] = [];
    window.fetch = async (input, init) => {
      if (String(input).endsWith('/turns')) {
        sentIds.push(JSON.parse(String(init!.body)).id);
        if (failures < 1) {
          failures++;
          throw new TypeError('Failed to fetch');
        }
        if (failures < 2) {
          // Delivered to the server, but the stream is cut before `done` reaches us.
          failures++;
          const res = await realFetch(input, init);
          const firstEvent = (await res.text()).split('\n\n')[0] + '\n\n';
          return new Response(firstEvent, { status: 200, headers: res.headers });
        }
      }
      return realFetch(input, init);
    };
    try {
      const el = await mount(study);
      await until(() => shadow(el).querySelector('[part="start"]'));
      shadow(el).querySelector<HTMLButtonElement>('[part="start"]')!.click();
      await answer(el, 'My card was charged twice.');
      await until(() => shadow(el).querySelector('[role="status"]'), 5_000, 'reconnecting notice');
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('Reconnecting');
      await until(() => !shadow(el).querySelector('[role="status"]') && !shadow(el).querySelector<HTMLButtonElement>('[part="send"]')!.disabled, 20_000, 'the reply after retries');
      expect(messages(el)).to.have.length(3);
      expect(new Set(sentIds).size).to.equal(1);
      expect(sentIds.length).to.equal(3);
      const session = await admin('GET', `/v1/sessions/${el.sessionId}`);
      expect(session.turns.filter((t: { role: string }) => t.role === 'participant')).to.have.length(1);
      expect(session.turns).to.have.length(3);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('renders hostile markup from either side as plain text', async () => {
    const study = await liveStudy({ welcomeMessage: '<img src=x onerror="window.__pwned=1"> Welcome' });
    const el = await mount(study);
    await until(() => shadow(el).querySelector('[part="start"]'));
    expect(shadow(el).querySelector('.welcome')!.textContent).to.contain('<img src=x');
    shadow(el).querySelector<HTMLButtonElement>('[part="start"]')!.click();
    await answer(el, '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>');
    await until(() => messages(el).length === 3, 10_000, 'reply');
    expect(messages(el)[1]).to.contain('<img src=x');
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('lays out right to left for Arabic, with Arabic strings', async () => {
    const study = await liveStudy();
    const el = await mount(study, { locale: 'ar' });
    await until(() => shadow(el).querySelector('[part="start"]'));
    expect(el.dir).to.equal('rtl');
    expect(shadow(el).querySelector('[part="start"]')!.textContent).to.equal('ابدأ');
    await executeServerCommand('screenshot', { name: 'widget-inline-rtl' });
  });

  it('does not start a second session when the participant declines', async () => {
    const study = await liveStudy();
    const dismissed: unknown[] = [];
    document.addEventListener('parley:dismiss', (e) => dismissed.push((e as CustomEvent).detail), { once: true });
    const el = await mount(study);
    await until(() => shadow(el).querySelector('[part="start"]'));
    const sessionId = el.sessionId;
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.ghost')].find((b) => b.textContent === 'Not now')!.click();
    await until(() => dismissed.length === 1, 5_000, 'dismiss event');
    const session = await admin('GET', `/v1/sessions/${sessionId}`);
    expect(session.status).to.equal('abandoned');
    expect(session.endReason).to.equal('dismissed');
    void env;
  });

  it('previews a draft experience as its welcome screen, live, without starting a session', async () => {
    const calls: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => (calls.push(String(input)), realFetch(input, init));
    try {
      const el = document.createElement('parley-interview');
      el.mode = 'inline';
      el.preview = { title: 'Draft title', welcomeMessage: 'Hello from the draft.', researcher: { name: 'Ana Ruiz' }, consentText: 'We keep it private.' };
      document.body.append(el);
      await el.updateComplete;
      const root = shadow(el);
      expect(root.querySelector('h2')!.textContent).to.equal('Draft title');
      expect(root.querySelector('.welcome')!.textContent).to.contain('Hello from the draft.').and.contain('Ana Ruiz').and.contain('We keep it private.');
      el.preview = { ...el.preview, welcomeMessage: 'Edited while typing.' };
      await el.updateComplete;
      expect(root.querySelector('.welcome')!.textContent).to.contain('Edited while typing.');
      root.querySelector<HTMLButtonElement>('[part="start"]')!.click();
      await new Promise((r) => setTimeout(r, 200));
      expect(calls).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });
});
