import { expect } from '@esm-bundle/chai';
import { admin, axeViolations, byText, choose, click, heading, openConsole, screenshot, type, until } from './fixtures.ts';

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

describe('setting up a study without dead ends', () => {
  it('drafts the plan again from a changed question and another kind of study', async () => {
    const study = await admin('POST', '/v1/studies', { researchQuestion: 'What slows teams down in their first month?' });
    expect(study.plan.template).to.not.equal('support');
    await openConsole(`#/studies/${study.id}/setup/plan`);
    await until(() => heading() === 'Refine the plan', 'the plan step');
    document.querySelector<HTMLElement>('details.redraft summary')!.click();
    type('#redraft-question', 'Why do customers who contact support about billing leave unhappy?');
    choose('#redraft-template', 'support');
    const before = document.querySelector<HTMLTextAreaElement>('#plan-mandatory textarea')!.value;
    await confirming(() => click('Draft the plan again', 'button'));
    await until(() => byText('[role="status"]', 'A new plan is drafted'), 'the new plan', 20_000);
    expect(document.querySelector<HTMLTextAreaElement>('#plan-mandatory textarea')!.value).to.not.equal(before);
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-plan-redraft');
    await click('Save and continue', 'button');
    await until(() => heading() === 'The participant experience', 'the experience step');
    const saved = await admin('GET', `/v1/studies/${study.id}`);
    expect(saved.researchQuestion).to.equal('Why do customers who contact support about billing leave unhappy?');
    expect(saved.plan.template).to.equal('support');
  });

  it('saves who may take part, the thank-you message and the end button with its own link', async () => {
    const study = await admin('POST', '/v1/studies', { researchQuestion: 'How do people decide to upgrade to the Pro plan?' });
    await openConsole(`#/studies/${study.id}/setup/experience`);
    await until(() => heading() === 'The participant experience', 'the experience step');
    const check = document.querySelector<HTMLInputElement>('#exp-require-identity')!;
    expect(document.getElementById(check.getAttribute('aria-describedby')!)!.textContent).to.contain('tells Parley who the person is');
    check.click();
    type('#exp-thanks', 'Thank you! Your answers go straight to the product team.');
    type('#exp-cta-text', 'Back to your dashboard');
    type('#exp-cta-url', 'https://app.example.com/dashboard');
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-experience-identity-thanks');
    await click('Save and continue', 'button');
    await until(() => heading() === 'Distribution', 'the distribution step');
    const { experience } = await admin('GET', `/v1/studies/${study.id}`);
    expect(experience).to.include({ requireIdentity: true, thankYouMessage: 'Thank you! Your answers go straight to the product team.' });
    expect(experience.endCta).to.deep.equal({ text: 'Back to your dashboard', url: 'https://app.example.com/dashboard' });
  });

  it('says in plain words, next to the field, why a link was refused', async () => {
    const study = await admin('POST', '/v1/studies', { researchQuestion: 'How do people decide to upgrade to the Pro plan?' });
    await openConsole(`#/studies/${study.id}/setup/experience`);
    await until(() => heading() === 'The participant experience', 'the experience step');
    type('#exp-cta-text', 'Back to your dashboard');
    type('#exp-cta-url', 'not a link');
    await click('Save and continue', 'button');
    const error = await until(() => document.getElementById('exp-cta-url-error'), 'the reason under the link');
    expect(error.textContent).to.equal("The call to action's link must be a web address starting with https://.");
    expect(document.querySelector('#exp-cta-url')!.getAttribute('aria-invalid')).to.equal('true');
    expect(document.querySelector('#app [role="alert"]')!.textContent).not.to.contain('experience.endCta');
  });

  it('warns on the publish step and the study page when another live study wants the same moment', async () => {
    const event = `plan_upgraded_${Date.now()}`;
    const other = await admin('POST', '/v1/studies', { researchQuestion: 'How do people decide to upgrade to the Pro plan?', title: 'Upgrade moments', status: 'live', priority: 60, triggers: [{ on: 'event', event }] });
    const draft = await admin('POST', '/v1/studies', { researchQuestion: 'What do people expect from the Pro plan after upgrading?', title: 'Pro expectations', triggers: [{ on: 'event', event }] });
    try {
      await openConsole(`#/studies/${draft.id}/setup/publish`);
      const warning = await until(() => document.querySelector<HTMLElement>('.overlaps'), 'the overlap warning');
      expect(warning.textContent).to.contain('Upgrade moments').and.contain('priority 60, shown before this one');
      expect(await axeViolations()).to.deep.equal([]);
      await screenshot('console-publish-overlaps');
      await click(/^Publish$/, 'button');
      await until(() => location.hash.endsWith('/share'), 'the live study');
      const onPage = await until(() => document.querySelector<HTMLElement>('.study-head .overlaps'), 'the warning on the study page');
      expect(onPage.textContent).to.contain('Upgrade moments');
      await screenshot('console-study-overlaps');
    } finally {
      await admin('PATCH', `/v1/studies/${other.id}`, { status: 'closed' });
      await admin('PATCH', `/v1/studies/${draft.id}`, { status: 'closed' });
    }
  });
});
