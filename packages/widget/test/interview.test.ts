import { expect } from '@esm-bundle/chai';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
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

/** A study's counts, read with the secret key. */
const stats = async (study: string) => (await admin('GET', `/v1/studies/${study}`)).stats;

describe('<parley-interview> against the real API', () => {
  afterEach(reset);

  it('goes from welcome to conversation to completion, firing its events, and ends on the thanks and a CTA button', async () => {
    const study = await liveStudy({ thankYouMessage: 'Thank you, Maya reads every answer.' });
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
    // A real button-styled link, and its words once: not also glued to the last interviewer sentence.
    expect(getComputedStyle(cta).textDecorationLine).to.equal('none');
    expect(getComputedStyle(cta).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(root.textContent!.split('Back to your dashboard')).to.have.length(2);
    expect(messages(el).at(-1)).to.not.contain('Back to your dashboard');
    expect(root.querySelector('.done strong')!.textContent).to.equal('Thank you, Maya reads every answer.');
    expect(root.textContent).to.not.contain('Thank you!');
    await executeServerCommand('screenshot', { name: 'widget-end-thanks-and-cta' });
    expect(root.querySelector('textarea')).to.equal(null);
    expect(events).to.include('parley:open').and.include('parley:turn').and.include('parley:complete');
    const session = await admin('GET', `/v1/sessions/${el.sessionId}`);
    expect(session.status).to.equal('completed');
    expect(session.turns.filter((t: { role: string }) => t.role === 'interviewer').map((t: { text: string }) => t.text).join(' ')).to.contain('How did you get help with the billing problem?');
  });

  it('ends without a dead CTA when it has no link: its words stand alone, once, and the default thanks shows', async () => {
    const study = await liveStudy({ endCta: { text: 'You can close this window now.' } });
    const el = await mount(study);
    const root = shadow(el);
    await until(() => root.querySelector('[part="start"]'), 10_000, 'welcome');
    root.querySelector<HTMLButtonElement>('[part="start"]')!.click();
    for (let i = 0; i < answers.length && !root.querySelector('.done'); i++) {
      const before = messages(el).length;
      await answer(el, answers[i]!);
      await until(() => messages(el).length >= before + 2 && (root.querySelector('.done') || root.querySelector<HTMLButtonElement>('[part="send"]')?.disabled === false), 10_000, `reply ${i}`);
    }
    await until(() => root.querySelector('.done'), 5_000, 'the end screen');
    expect(root.querySelector('[part="cta"]')).to.equal(null);
    expect(root.querySelector('.done a')).to.equal(null);
    expect(root.querySelector('.done strong')!.textContent).to.equal('Thank you!');
    expect(root.textContent!.split('You can close this window now.')).to.have.length(2);
    expect(messages(el).at(-1)).to.not.contain('You can close this window now.');
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

  it('a page view and "Not now" create no session: they are counted as shown and dismissed', async () => {
    const study = await liveStudy();
    const dismissed: { sessionId?: string }[] = [];
    document.addEventListener('parley:dismiss', (e) => dismissed.push((e as CustomEvent).detail), { once: true });
    const el = await mount(study);
    await until(() => shadow(el).querySelector('[part="start"]'), 10_000, 'welcome');
    expect(shadow(el).querySelector('.welcome')!.textContent).to.contain('Thanks for helping us');
    expect(el.sessionId).to.equal(undefined);
    await until(async () => (await stats(study)).shown === 1, 5_000, 'the impression');
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.ghost')].find((b) => b.textContent === 'Not now')!.click();
    await until(() => dismissed.length === 1, 5_000, 'dismiss event');
    expect(dismissed[0]!.sessionId).to.equal(undefined);
    expect((await admin('GET', `/v1/sessions?studyId=${study}`)).data).to.deep.equal([]);
    const counts = await stats(study);
    expect([counts.shown, counts.dismissed, counts.sessions]).to.deep.equal([1, 1, 0]);
    // Inline, the widget stays on the page: it says goodbye instead of waiting forever on an interview that never comes.
    await until(() => shadow(el).querySelector('.body')!.textContent!.includes('Thank you!'), 5_000, 'the goodbye');
    expect(shadow(el).querySelector('.typing')).to.equal(null);
  });

  it('creates the session when the participant presses Start, not before', async () => {
    const study = await liveStudy();
    const el = await mount(study, { 'participant-id': 'u_start' });
    await until(() => shadow(el).querySelector('[part="start"]'), 10_000, 'welcome');
    await executeServerCommand('screenshot', { name: 'widget-inline-welcome-no-session' });
    expect((await admin('GET', `/v1/sessions?studyId=${study}`)).data).to.have.length(0);
    shadow(el).querySelector<HTMLButtonElement>('[part="start"]')!.click();
    await until(() => messages(el).length === 1, 10_000, 'the first question');
    const list = (await admin('GET', `/v1/sessions?studyId=${study}`)).data;
    expect(list.map((s: { id: string }) => s.id)).to.deep.equal([el.sessionId]);
    expect(list[0].participant.id).to.equal('u_start');
  });

  it("shows the server's reason when it refuses to start (identity required), not a generic failure", async () => {
    const study = await liveStudy({ requireIdentity: true });
    const el = await mount(study);
    await until(() => shadow(el).querySelector('[part="start"]'), 10_000, 'welcome');
    shadow(el).querySelector<HTMLButtonElement>('[part="start"]')!.click();
    const alert = await until(() => shadow(el).querySelector('[role="alert"]'), 10_000, 'the refusal');
    const res = await fetch(`${env.api}/v1/sessions`, { method: 'POST', headers: { authorization: `Bearer ${env.publishableKey}` }, body: JSON.stringify({ studyId: study }) });
    expect(res.status).to.equal(403);
    expect(alert.textContent).to.equal((await res.json()).error.message);
    expect(alert.textContent).to.not.contain('Something went wrong');
  });

  it("shows the server's reason when the study's quota is full", async () => {
    const study = await liveStudy();
    await admin('PATCH', `/v1/studies/${study}`, { targeting: { maxSessions: 1 } });
    const first = await fetch(`${env.api}/v1/sessions`, { method: 'POST', headers: { authorization: `Bearer ${env.publishableKey}` }, body: JSON.stringify({ studyId: study, participant: { id: 'u_first' } }) });
    expect(first.status).to.equal(201);
    const el = await mount(study, { 'participant-id': 'u_second' });
    const start = await until(() => shadow(el).querySelector<HTMLButtonElement>('[part="start"], [role="alert"]'), 10_000, 'welcome or refusal');
    if (start.matches('[part="start"]')) start.click();
    const alert = await until(() => shadow(el).querySelector('[role="alert"]'), 10_000, 'the refusal');
    expect(alert.textContent).to.contain('limit of 1 interview');
    await executeServerCommand('screenshot', { name: 'widget-quota-full' });
    expect((await admin('GET', `/v1/sessions?studyId=${study}`)).data).to.have.length(1);
  });

  it('counts an answer near the limit, stops typing at 4,000, and keeps the conversation and the draft when the server refuses one', async () => {
    const study = await liveStudy();
    const el = await mount(study);
    await until(() => shadow(el).querySelector('[part="start"]'));
    shadow(el).querySelector<HTMLButtonElement>('[part="start"]')!.click();
    await until(() => messages(el).length === 1, 10_000, 'the first question');
    const box = shadow(el).querySelector('textarea')!;
    expect(box.maxLength).to.equal(4000);
    box.value = 'x'.repeat(3499);
    box.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="counter"]')).to.equal(null);
    box.value = 'x'.repeat(3612);
    box.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="counter"]')!.textContent).to.equal('3,612 / 4,000');
    await executeServerCommand('screenshot', { name: 'widget-answer-counter' });
    // Typing stops at the limit.
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
    await sendKeys({ type: 'y'.repeat(400) });
    expect(box.value.length).to.equal(4000);
    // The box's limit cannot stop a script or an older page: the server's refusal keeps everything on screen.
    const long = 'z'.repeat(4100);
    box.value = long;
    box.dispatchEvent(new Event('input'));
    shadow(el).querySelector<HTMLButtonElement>('[part="send"]')!.click();
    const error = await until(() => shadow(el).querySelector('[part="error"]'), 10_000, "the server's reason");
    expect(error.textContent).to.contain('at most 4000 characters');
    expect(shadow(el).textContent).to.not.contain('Something went wrong');
    expect(messages(el)).to.have.length(1);
    expect(shadow(el).querySelector('textarea')!.value).to.equal(long);
    await executeServerCommand('screenshot', { name: 'widget-answer-refused' });
    // A shorter answer then goes through, and the reason goes away.
    await answer(el, 'Shorter now.');
    await until(() => messages(el).length === 3, 10_000, 'reply');
    expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
  });

  it("keeps each participant's saved interview to themselves on a shared device", async () => {
    const study = await liveStudy();
    const first = await mount(study, { 'participant-id': 'u_alice' });
    await until(() => shadow(first).querySelector('[part="start"]'));
    shadow(first).querySelector<HTMLButtonElement>('[part="start"]')!.click();
    await answer(first, 'Alice had a double charge.');
    await until(() => messages(first).length === 3, 10_000, 'reply');
    first.remove();
    const other = await mount(study, { 'participant-id': 'u_bob' });
    await until(() => shadow(other).querySelector('[part="start"]'), 10_000, "Bob's welcome");
    expect(shadow(other).textContent).to.not.contain('Alice had a double charge.');
    other.remove();
    const anonymous = await mount(study);
    await until(() => shadow(anonymous).querySelector('[part="start"]'), 10_000, 'the anonymous welcome');
    anonymous.remove();
    const back = await mount(study, { 'participant-id': 'u_alice' });
    await until(() => messages(back).length === 3, 10_000, "Alice's transcript");
    expect(messages(back)[1]).to.equal('Alice had a double charge.');
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
