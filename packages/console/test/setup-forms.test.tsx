import { expect } from '@esm-bundle/chai';
import { admin, byText, click, heading, openConsole, type, until } from './fixtures.ts';

async function draftStudy(): Promise<string> {
  return (await admin('POST', '/v1/studies', { researchQuestion: 'What slows teams down in their first month?' })).id;
}

describe('setting up a study', () => {
  it('reorders list items by keyboard: the item keeps focus as it moves, and the move is announced', async () => {
    const id = await draftStudy();
    await openConsole(`#/studies/${id}/setup/plan`);
    await until(() => heading() === 'Refine the plan', 'the plan step');
    const goals = () => [...document.querySelectorAll<HTMLInputElement>('#plan-goals input')].map((i) => i.value);
    const [first, second] = goals();
    const down = document.querySelector<HTMLButtonElement>('#plan-goals li:first-child [data-action="down"]')!;
    down.focus();
    down.click();
    await until(() => goals()[1] === first, 'the first goal to move down');
    expect(goals()[0]).to.equal(second);
    // Focus stayed with the moved goal's row, on a button that can keep moving it.
    await until(() => document.activeElement?.closest('li')?.querySelector('input')?.value === first, 'focus on the moved row');
    expect(document.querySelector('#plan-goals [aria-live]')!.textContent).to.contain('moved to position 2');
    // Removing a goal puts focus on the next one's field, never on the page body.
    document.querySelector<HTMLButtonElement>('#plan-goals li:first-child button[aria-label^="Remove"]')!.click();
    await until(() => document.activeElement?.matches('#plan-goals li:first-child input'), 'focus on the next goal');
  });

  it('saves edits when the researcher jumps to another step by its link', async () => {
    const id = await draftStudy();
    await openConsole(`#/studies/${id}/setup/plan`);
    await until(() => heading() === 'Refine the plan', 'the plan step');
    type('#study-title', 'First-month friction');
    await click('Publish', '.steps a');
    await until(() => heading() === 'Publish', 'the publish step');
    expect((await admin('GET', `/v1/studies/${id}`)).title).to.equal('First-month friction');
  });

  it('shows why the server refused a question right under it, and the save goes through once it is reworded', async () => {
    const id = await draftStudy();
    await openConsole(`#/studies/${id}/setup/plan`);
    await until(() => heading() === 'Refine the plan', 'the plan step');
    type('#plan-mandatory li:nth-child(2) textarea', 'Did the setup take long?');
    await click('Save and continue', 'button');
    const reason = await until(() => document.querySelector('#plan-mandatory li:nth-child(2) .row-error'), 'the reason under the question');
    expect(reason.textContent).to.contain('asks yes or no');
    const field = document.querySelector<HTMLTextAreaElement>('#plan-mandatory li:nth-child(2) textarea')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.equal(reason.id);
    expect(heading()).to.equal('Refine the plan');
    type('#plan-mandatory li:nth-child(2) textarea', 'How long did setting up the product take?');
    await click('Save and continue', 'button');
    await until(() => heading() === 'The participant experience', 'the experience step');
    const saved = (await admin('GET', `/v1/studies/${id}`)).plan;
    expect(saved.mandatoryQuestions[1]).to.equal('How long did setting up the product take?');
    // The questions the console did not touch kept their intents.
    expect(saved.questions.filter((q: { intent: string }) => q.intent).length).to.be.greaterThan(5);
  });

  it('says which segment lines it did not understand, and keeps ids with leading zeros as text', async () => {
    const id = await draftStudy();
    await openConsole(`#/studies/${id}/setup/distribution`);
    await until(() => heading() === 'Distribution', 'the distribution step');
    type('#segments', 'plan: pro');
    await until(() => byText('.warning', 'Not understood'), 'the warning');
    type('#segments', 'plan = pro, business\naccount = 01234');
    await until(() => !byText('.warning', 'Not understood'), 'the warning to clear');
    await click('Save and continue', 'button');
    await until(() => heading() === 'Publish', 'the publish step');
    expect((await admin('GET', `/v1/studies/${id}`)).targeting.segments).to.deep.equal({ plan: ['pro', 'business'], account: '01234' });
  });
});
