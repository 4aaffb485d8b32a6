import { expect } from '@esm-bundle/chai';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { admin, axeViolations, byText, choose, click, heading, openConsole, screenshot, type, until } from './fixtures.ts';

const FREE = [
  'I was charged twice for my subscription and the refund took two weeks to arrive.',
  'Support replied by email after three days and I had to explain the double charge again.',
  'A refund within a day would have made all the difference.',
];
const PRO = [
  'Onboarding was smooth, the setup checklist walked our team through everything in an afternoon.',
  'The chat agent answered in minutes and was friendly, it was a great experience.',
];

/** A live study with interviews from two segments that feel differently about different things. */
async function seededStudy(): Promise<string> {
  const study = await admin('POST', '/v1/studies', { researchQuestion: 'What makes our customers happy or unhappy with support?', title: 'Support experience', status: 'live' });
  for (let i = 0; i < 8; i++) {
    const pro = i % 2 === 1;
    const session = await admin('POST', '/v1/sessions', { studyId: study.id, participant: { id: `u_${i}`, attributes: { plan: pro ? 'pro' : 'free', channel: pro ? 'chat' : 'email' } } });
    for (const [n, text] of (pro ? PRO : FREE).entries()) await admin('POST', `/v1/sessions/${session.id}/turns`, { id: `a${n}`, text });
  }
  return study.id;
}

describe('the study page', () => {
  let studyId = '';
  before(async () => {
    studyId = await seededStudy();
  });
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('charts insights at a glance, breaks them down by segment, and passes axe in light and dark mode', async () => {
    await openConsole(`#/studies/${studyId}`);
    await until(() => byText('p', /8 interviews and 20 answers analysed/), 'the insights');
    const distribution = document.querySelector('#app .stacked-bar')!.getAttribute('aria-label')!;
    const counts = [...distribution.matchAll(/(\d+) \(/g)].map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(8);
    // A support study leads with its support view (once the study's kind is known); the journey waits behind "More views".
    const supportView = await until(() => document.getElementById('support-h'), 'the support view');
    expect(supportView.closest('details')).to.equal(null);
    // A fix quotes what the customers who had the problem asked for, linked to where they said it.
    const asked = await until(() => document.querySelector('.fixes .asked-for'), 'what participants asked for');
    expect(asked.textContent).to.contain('What participants asked for (4 interviews)');
    expect(asked.querySelector('.quote a')!.textContent).to.contain('A refund within a day');
    expect(document.getElementById('journey-h')!.closest('details.more-views')).to.not.equal(null);
    const themeBars = document.querySelectorAll('.bar-list[aria-label="Interviews per theme"] li');
    expect(themeBars.length).to.be.greaterThan(1);
    expect(themeBars.length).to.equal(document.querySelectorAll('.theme').length);
    choose('#segment-by', 'plan');
    const table = await until(() => document.querySelector('table.segments'), 'the segment table');
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => r.textContent!);
    expect(rows.some((r) => r.startsWith('free4'))).to.equal(true);
    expect(rows.some((r) => r.startsWith('pro4'))).to.equal(true);
    // Free customers (double charge, slow email) feel worse than pro ones (smooth onboarding, quick chat).
    const score = (plan: string) => Number(byText('table.segments tbody tr', plan)!.querySelector('.meter-value')!.textContent!.replace('−', '-').replace('±', '').split(' ')[0]);
    expect(score('free')).to.be.lessThan(score('pro'));
    // A theme opens onto real quotes that link to their turn.
    const theme = document.querySelector<HTMLDetailsElement>('.theme')!;
    theme.querySelector('summary')!.click();
    const quote = await until(() => theme.querySelector<HTMLAnchorElement>('.quote a'), 'a quote');
    expect(quote.getAttribute('href')).to.match(/^#\/studies\/st_\w+\/sessions\/se_\w+\?turn=a[01]$/);
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-insights-by-segment');
    await emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-insights-dark', false);
  });

  it('puts what one interview alone raised (another customer’s data) under notable signals, linked to the turn', async () => {
    const study = await admin('POST', '/v1/studies', { researchQuestion: 'What makes our customers happy or unhappy with support?', title: 'Signals', status: 'live' });
    const session = await admin('POST', '/v1/sessions', { studyId: study.id, participant: { id: 'u_sig' } });
    await admin('POST', `/v1/sessions/${session.id}/turns`, { id: 'a0', text: 'The export failed twice last week.' });
    await admin('POST', `/v1/sessions/${session.id}/turns`, { id: 'a1', text: "When I logged in I could see another customer's invoice." });
    await openConsole(`#/studies/${study.id}`);
    const section = await until(() => document.querySelector<HTMLElement>('section.signals'), 'the notable signals');
    expect(section.querySelector('h2')!.textContent).to.equal('Notable signals');
    expect(section.textContent).to.match(/security or privacy/i);
    const link = section.querySelector<HTMLAnchorElement>('.quote a')!;
    expect(link.textContent).to.equal('“When I logged in I could see another customer\'s invoice.”');
    expect(link.getAttribute('href')).to.contain(session.id);
    expect(await axeViolations()).to.deep.equal([]);
    // The transcript sums the interview up at a glance, the signal included.
    link.click();
    const glance = await until(() => document.querySelector<HTMLElement>('section.interview-summary'), 'the interview at a glance');
    expect(glance.textContent).to.contain('The export failed twice last week.');
    expect(glance.textContent).to.contain("another customer's invoice");
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('holds up on half a laptop screen: nothing spills sideways', async () => {
    await executeServerCommand('set-viewport', { width: 640, height: 800 });
    try {
      for (const tab of ['', '/sessions', '/personas', '/share']) {
        await openConsole(`#/studies/${studyId}${tab}`);
        await until(() => document.querySelector('.tab-panel > *:not(.loading)'), `the ${tab || 'insights'} tab`);
        await new Promise((r) => setTimeout(r, 300));
        expect(document.documentElement.scrollWidth, `width of ${tab || 'insights'}`).to.be.at.most(640);
      }
      await screenshot('console-half-screen-share', false);
    } finally {
      await executeServerCommand('set-viewport', { width: 800, height: 600 });
    }
  });

  it('lists interviews live with their segment and progress, and filters them by outcome', async () => {
    await openConsole(`#/studies/${studyId}/sessions`);
    await until(() => document.querySelectorAll('tbody tr').length === 8, 'eight interviews');
    expect(byText('tbody tr', 'u_0')!.textContent).to.contain('plan: free').and.contain('channel: email').and.contain('3 answers');
    const fresh = await admin('POST', '/v1/sessions', { studyId, participant: { id: 'u_live' } });
    await until(() => byText('tbody tr', 'u_live'), 'a new interview to appear without reloading');
    await admin('POST', `/v1/sessions/${fresh.id}/end`, { reason: 'dismissed' });
    choose('select', 'abandoned');
    await until(() => document.querySelectorAll('tbody tr').length === 1 && byText('tbody tr', 'u_live'), 'only the abandoned interview');
    // Dismissed before answering anything: nobody took part, so abandoned (not stopped early), and it says why.
    expect(byText('tbody tr', 'u_live')!.textContent).to.contain('Abandoned').and.contain('the participant closed it');
    choose('select', 'in_progress');
    await until(() => document.querySelectorAll('tbody tr').length === 8 && !byText('tbody tr', 'u_live'), 'the eight interviews in progress');
    expect([...document.querySelectorAll('tbody .badge')].map((b) => b.textContent)).to.deep.equal(Array(8).fill('In progress'));
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('shows a stopped interview as stopped early, with its key questions covered and those never asked', async () => {
    // A study of its own, so the other tests' counts stay as they are.
    const study = await admin('POST', '/v1/studies', { researchQuestion: 'What gets in the way when customers pay invoices?', title: 'Invoices', status: 'live' });
    const stopped = await admin('POST', '/v1/sessions', { studyId: study.id, participant: { id: 'u_stop' } });
    await admin('POST', `/v1/sessions/${stopped.id}/turns`, { id: 's1', text: 'The invoice page would not load, so I wrote to support.' });
    await admin('POST', `/v1/sessions/${stopped.id}/turns`, { id: 's2', text: 'Seriously, I need to go. Please end it.' });
    // A finished interview next to it, so the outcome filter has something to leave out.
    const other = await admin('POST', '/v1/sessions', { studyId: study.id, participant: { id: 'u_other' } });
    await admin('POST', `/v1/sessions/${other.id}/end`, { reason: 'dismissed' });
    const read = await admin('GET', `/v1/sessions/${stopped.id}`);
    expect(read).to.include({ status: 'completed', endReason: 'participant_stopped', outcome: 'stopped_early' });
    const { mandatoryCovered, mandatoryTotal } = read.progress;
    const never = read.coverage.filter((q: { mandatory: boolean; status: string }) => q.mandatory && q.status === 'not_reached').map((q: { text: string }) => q.text);
    expect(never.length).to.be.greaterThan(0);

    await openConsole(`#/studies/${study.id}/sessions`);
    const row = await until(() => byText('tbody tr', 'u_stop'), 'the stopped interview in the list');
    expect(row.querySelector('.badge')!.textContent).to.equal('Stopped early');
    expect(row.textContent).to.contain('the participant asked to stop').and.contain(`${mandatoryCovered} of ${mandatoryTotal} key questions`);
    expect(row.textContent).not.to.match(/\b(\d+)\/\1\b/);
    choose('select', 'stopped_early');
    await until(() => document.querySelectorAll('tbody tr').length === 1 && byText('tbody tr', 'u_stop'), 'only the stopped interview');
    choose('select', 'completed');
    await until(() => byText('p, h2, h3', 'No interviews with this outcome'), 'no completed interview');

    await openConsole(`#/studies/${study.id}/sessions/${stopped.id}`);
    const notice = await until(() => byText('section.notice', 'Key questions not asked'), 'the key questions never asked');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(never);
    expect(document.querySelector('#app .badge')!.textContent).to.equal('Stopped early');
    expect(byText('p', 'key questions')!.textContent).to.equal(`${mandatoryCovered} of ${mandatoryTotal} key questions · the participant asked to stop`);
    await screenshot('console-stopped-early');
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('builds persona cards with a real quote each and the interviews behind them', async () => {
    // Two groups of six, clearly apart: enough interviews for each group's shared traits to be more than chance.
    const study = await admin('POST', '/v1/studies', { researchQuestion: 'What makes our customers happy or unhappy with support?', title: 'Personas', status: 'live' });
    for (let i = 0; i < 12; i++) {
      const pro = i % 2 === 1;
      const session = await admin('POST', '/v1/sessions', { studyId: study.id, participant: { id: `p_${i}`, attributes: { plan: pro ? 'pro' : 'free', channel: pro ? 'chat' : 'email' } } });
      for (const [n, text] of (pro ? PRO : FREE).entries()) await admin('POST', `/v1/sessions/${session.id}/turns`, { id: `a${n}`, text });
    }
    await openConsole(`#/studies/${study.id}/personas`);
    await until(() => document.querySelector('#persona-count'), 'the personas form');
    choose('#persona-count', '2');
    await click('Build personas', 'button');
    const cards = await until(() => (document.querySelectorAll('.persona').length ? document.querySelectorAll('.persona') : null), 'persona cards', 20_000);
    expect(cards.length).to.equal(2);
    for (const card of cards) {
      const quote = card.querySelector<HTMLAnchorElement>('.quote a')!;
      expect(quote.textContent!.length).to.be.greaterThan(10);
      expect(card.textContent).to.match(/\d+ of 12 interviews/);
    }
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-personas');
  });

  it('exports transcripts and insights as CSV, Markdown and JSON downloads', async () => {
    await openConsole(`#/studies/${studyId}`);
    const downloads: { name: string; text: Promise<string> }[] = [];
    const realCreate = URL.createObjectURL;
    const realClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => (downloads.push({ name: '', text: blob.text() }), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.href.startsWith('blob:')) downloads[downloads.length - 1]!.name = this.download;
      else realClick.call(this);
    };
    try {
      for (const [i, label] of ['CSV', 'Markdown', 'JSON'].entries()) {
        await click(label, '.export button');
        await until(() => downloads.length === i + 1 && downloads[i]!.name, `the ${label} download`);
      }
    } finally {
      URL.createObjectURL = realCreate;
      HTMLAnchorElement.prototype.click = realClick;
    }
    expect(downloads.map((d) => d.name)).to.deep.equal([`parley-${studyId}.csv`, `parley-${studyId}.md`, `parley-${studyId}.json`]);
    const [csv, md, json] = await Promise.all(downloads.map((d) => d.text));
    expect(csv!.split('\r\n')[0]).to.contain('session');
    expect(csv).to.contain('charged twice');
    expect(md).to.contain('# Support experience');
    expect(JSON.parse(json!).sessions.length).to.equal(9);
  });
});

describe('errors, in plain words with the request id', () => {
  it('says a study is not in this workspace, with the request id to trace it', async () => {
    await openConsole('#/studies/st_does_not_exist');
    const alert = await until(() => document.querySelector('#app [role="alert"]'), 'the error');
    expect(alert.textContent).to.contain('We could not find it in this workspace').and.contain('st_does_not_exist');
    expect(alert.querySelector('code')!.textContent).to.match(/^req_|\w+/);
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('lists every field the API refused when a step cannot be saved, and keeps the edits', async () => {
    const study = await admin('POST', '/v1/studies', { researchQuestion: 'How do teams plan their first week with us?' });
    await openConsole(`#/studies/${study.id}/setup/plan`);
    await until(() => heading() === 'Refine the plan', 'the plan step');
    while (document.querySelector('#plan-goals li')) {
      document.querySelector<HTMLButtonElement>('#plan-goals li button[aria-label^="Remove"]')!.click();
      await new Promise((r) => setTimeout(r, 20));
    }
    type('#plan-turns', '2');
    await click('Save and continue', 'button');
    const alert = await until(() => document.querySelector('#app [role="alert"]'), 'the refusal');
    expect(alert.textContent).to.contain('Some of what was entered needs fixing');
    // Plain sentences, in the field's own words, never wire paths or zod's "Too small: expected number to be >=4".
    const listed = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(listed).to.include('Interview length must be at least 4 turns.').and.include('The plan needs at least 3 goals.');
    expect(alert.textContent).not.to.match(/plan\.|maxTurns|Too small|expected/);
    expect(document.getElementById('plan-goals-error')!.textContent).to.equal('The plan needs at least 3 goals.');
    // The reason also sits right under the field it is about, and the field points screen readers to it.
    const next = document.getElementById('plan-turns-error')!;
    expect(next.textContent).to.equal('Interview length must be at least 4 turns.');
    expect(next.closest('.field')!.querySelector('input')!.id).to.equal('plan-turns');
    const field = document.querySelector<HTMLInputElement>('#plan-turns')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.contain('plan-turns-error');
    expect(heading()).to.equal('Refine the plan');
    expect(field.value).to.equal('2');
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-validation-error');
  });

  it('says when the API cannot be reached, and signs in again once it is back', async () => {
    const realFetch = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      await openConsole('#/');
      const alert = await until(() => document.querySelector('#app [role="alert"]'), 'the network error');
      expect(alert.textContent).to.contain('The Parley API cannot be reached');
    } finally {
      window.fetch = realFetch;
    }
    // The key was kept (the server was down, the key was not wrong): signing in works without pasting it again.
    expect(sessionStorage.getItem('parley.console.secretKey')).to.not.equal(null);
  });
});
