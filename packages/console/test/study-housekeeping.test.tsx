import { expect } from '@esm-bundle/chai';
import { admin, axeViolations, byText, click, env, heading, openConsole, screenshot, type, until } from './fixtures.ts';

/** Says yes to the console's "are you sure?" while `work` runs. */
async function confirming<T>(work: () => Promise<T>): Promise<T> {
  const real = window.confirm;
  window.confirm = () => true;
  try {
    return await work();
  } finally {
    window.confirm = real;
  }
}

/** The studies list's row of a study, by its title. */
const row = (title: string) => byText<HTMLElement>('.study-row', title);

describe('tidying studies away from the list', () => {
  it('archives, restores and deletes a draft nobody took part in', async () => {
    const title = `Duplicate draft ${Date.now()}`;
    const draft = await admin('POST', '/v1/studies', { researchQuestion: 'What slows teams down in their first month?', title });
    await openConsole('#/');
    await until(() => row(title), 'the draft in the list');
    await screenshot('console-studies-list-actions');
    await click(`Archive`, `.study-row button[aria-label="Archive ${title}"]`);
    await until(() => !row(title), 'the draft to leave the list');
    expect((await admin('GET', `/v1/studies/${draft.id}`)).archived).to.equal(true);

    await click('Show archived studies', 'button');
    await until(() => heading() === 'Archived studies' && row(title), 'the draft among the archived');
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-studies-archived');
    await click('Restore', `.study-row button[aria-label="Restore ${title}"]`);
    await until(() => !row(title), 'the draft to leave the archive');
    expect((await admin('GET', `/v1/studies/${draft.id}`)).archived).to.equal(false);

    await click('Back to current studies', 'button');
    await until(() => heading() === 'Studies' && row(title), 'the draft back in the list');
    await confirming(() => click('Delete', `.study-row button[aria-label="Delete ${title}"]`));
    await until(() => !row(title), 'the draft to be gone');
    const res = await fetch(`${env.api}/v1/studies/${draft.id}`, { headers: { authorization: `Bearer ${env.secretKey}` } });
    expect(res.status).to.equal(404);
  });

  it('will not delete a study people took part in, and offers to archive it instead', async () => {
    const title = `Study with interviews ${Date.now()}`;
    const study = await admin('POST', '/v1/studies', { researchQuestion: 'What makes our customers happy or unhappy with support?', title, status: 'live' });
    const session = await admin('POST', '/v1/sessions', { studyId: study.id, participant: { id: 'u_took_part' } });
    await admin('POST', `/v1/sessions/${session.id}/turns`, { id: 'a0', text: 'The chat agent answered in minutes, which was great.' });
    await openConsole('#/');
    await until(() => row(title), 'the study in the list');
    await confirming(() => click('Delete', `.study-row button[aria-label="Delete ${title}"]`));
    const alert = await until(() => row(title)?.querySelector('[role="alert"]'), 'the refusal');
    expect(alert.textContent).to.match(/archive/i);
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-delete-refused');
    await click('Archive it instead', 'button');
    await until(() => !row(title), 'the study to leave the list');
    expect((await admin('GET', `/v1/studies/${study.id}`)).archived).to.equal(true);
  });
});

describe('trying the interview before publishing', () => {
  it('"Try it" runs a test interview on a draft, which the study page does not count', async () => {
    const study = await admin('POST', '/v1/studies', { researchQuestion: 'How do people decide to upgrade to the Pro plan?', title: 'Upgrade decisions' });
    await openConsole(`#/studies/${study.id}/setup/publish`);
    await until(() => heading() === 'Publish', 'the publish step');
    await click(/^Try it$/, 'button');
    await until(() => document.querySelector('.try-it .turn.interviewer'), 'the first question', 20_000);
    type('.try-it textarea', 'I upgraded when our team grew past five people and we needed shared dashboards.');
    await click(/^Send$/, '.try-it button');
    await until(() => document.querySelectorAll('.try-it .turn.interviewer').length === 2, 'the follow-up', 20_000);
    expect(byText('.try-it .turn.participant', 'shared dashboards')).to.not.equal(null);
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-publish-try-it');

    // The session is marked as a test, listed only on request, and counted apart.
    const tests = await admin('GET', `/v1/sessions?studyId=${study.id}&test=true`);
    expect(tests.data.length).to.equal(1);
    expect(tests.data[0].test).to.equal(true);
    expect((await admin('GET', `/v1/sessions?studyId=${study.id}`)).data).to.deep.equal([]);
    const after = await admin('GET', `/v1/studies/${study.id}`);
    expect(after.stats).to.include({ sessions: 0, completed: 0, test: 1 });
    // Trying it published nothing: the study is still a draft, and the setup is still on its last step.
    expect(after.status).to.equal('draft');
    expect(heading()).to.equal('Publish');

    await openConsole(`#/studies/${study.id}`);
    const funnel = await until(() => document.querySelector('.funnel'), 'the funnel');
    expect(funnel.textContent).to.contain('0 started').and.contain('0 completed');
    expect(byText('p', 'test interview')!.textContent).to.equal('1 test interview by your team, not counted.');
    await click('Interviews', '.tabs a');
    await until(() => byText('.empty-title', 'No interviews yet'), 'no interviews counted');
  });
});
