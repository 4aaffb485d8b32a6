import { expect } from '@esm-bundle/chai';
import { admin, axeViolations, byText, click, env, openConsole, screenshot, until } from './fixtures.ts';

/** Records a widget impression as the loader does, with the publishable key. */
async function impression(studyId: string, kind: 'shown' | 'dismissed'): Promise<void> {
  const res = await fetch(`${env.api}/v1/impressions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${env.publishableKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ studyId, kind }),
  });
  expect(res.status).to.equal(202);
}

describe('how interviews went, said the same way everywhere', () => {
  it('shows a stopped interview as "Stopped early" in the list, the transcript and the study header, never "Completed"', async () => {
    const study = await admin('POST', '/v1/studies', { researchQuestion: 'What gets in the way when customers pay invoices?', title: 'Invoice friction', status: 'live' });
    for (let i = 0; i < 3; i++) await impression(study.id, 'shown');
    await impression(study.id, 'dismissed');
    const stopped = await admin('POST', '/v1/sessions', { studyId: study.id, participant: { id: 'u_stopper' } });
    await admin('POST', `/v1/sessions/${stopped.id}/turns`, { id: 's1', text: 'The invoice page would not load, so I wrote to support.' });
    await admin('POST', `/v1/sessions/${stopped.id}/turns`, { id: 's2', text: 'Seriously, I need to go. Please end it.' });
    const running = await admin('POST', '/v1/sessions', { studyId: study.id, participant: { id: 'u_running' } });
    await admin('POST', `/v1/sessions/${running.id}/turns`, { id: 'r1', text: 'Paying by card failed twice before it went through.' });
    expect((await admin('GET', `/v1/sessions/${stopped.id}`)).outcome).to.equal('stopped_early');

    // The study header: the funnel, with the stopped interview beside "completed", not in it.
    await openConsole(`#/studies/${study.id}/sessions`);
    const funnel = await until(() => document.querySelector<HTMLElement>('.funnel'), 'the funnel');
    const steps = [...funnel.querySelectorAll('li')].map((li) => li.textContent);
    expect(steps[0]).to.match(/^3 shown/).and.contain('1 said not now');
    expect(steps[1]).to.equal('2 started');
    expect(steps[2]).to.equal('0 completed (1 stopped early, 1 in progress)');

    // The list: the badge says it, and nothing reads as finished.
    const row = await until(() => byText('tbody tr', 'u_stopper'), 'the stopped interview');
    expect(row.querySelector('.badge')!.textContent).to.equal('Stopped early');
    expect(row.textContent).not.to.contain('Completed');
    expect(row.querySelector<HTMLElement>('.progress span')!.style.width).not.to.equal('100%');
    const live = byText('tbody tr', 'u_running')!;
    expect(live.querySelector('.badge')!.textContent).to.equal('In progress');
    expect(live.textContent).to.contain('so far');
    expect(live.querySelector<HTMLElement>('.progress span')!.style.width).not.to.equal('100%');
    expect([...document.querySelectorAll('#app .badge')].map((b) => b.textContent)).not.to.include('Completed');
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-outcomes-list');

    // The transcript.
    row.querySelector<HTMLAnchorElement>('th a')!.click();
    await until(() => byText('h1', 'Interview with u_stopper'), 'the transcript');
    expect(document.querySelector('#app .page-head .badge')!.textContent).to.equal('Stopped early');
    expect(document.getElementById('app')!.textContent).not.to.contain('Completed');
    await screenshot('console-outcomes-transcript');
    await click('All interviews', 'a');
    await until(() => document.querySelector('.funnel'), 'the study header again');
  });
});
