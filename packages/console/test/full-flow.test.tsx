import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { admin, axeViolations, byText, choose, click, env, heading, openConsole, screenshot, type, until } from './fixtures.ts';

const inWidget = `document.querySelector('parley-interview')?.shadowRoot`;
/** Puppeteer steps that answer the interview on the hosted page and wait for each reply. */
function answerSteps(answers: string[]) {
  return answers.flatMap((text, i) => [
    { type: ['parley-interview >>> textarea', text] },
    { click: 'parley-interview >>> [part="send"]' },
    { waitFor: `(${inWidget}?.querySelectorAll('.msg.interviewer:not(.typing)').length ?? 0) >= ${i + 2} && ${inWidget}?.querySelector('[part="send"]')?.disabled === false` },
  ]);
}

const NEW_MANDATORY = 'What happened the last time you contacted our support team?';

describe('the console, walked through as a new user would', () => {
  it('signs in, creates a study from a question, edits it, publishes, runs an interview, and reads the findings', async () => {
    // Sign in: a wrong key is refused in plain words with the request id; the right one opens the studies.
    await openConsole('#/', { signedIn: false });
    await until(() => document.querySelector('#secret-key'), 'the sign-in form');
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-1-sign-in', false);
    type('#secret-key', 'sk_not_a_real_key_0000000000');
    await click('Sign in', 'button');
    const refusal = await until(() => document.querySelector('#app [role="alert"]'), 'the refusal');
    expect(refusal.textContent).to.contain('This key was not accepted').and.match(/Request id req_|Request id [A-Za-z0-9_-]+/);
    type('#secret-key', env.secretKey);
    await click('Sign in', 'button');
    await until(() => heading() === 'Studies', 'the studies page');
    expect(sessionStorage.getItem('parley.console.secretKey')).to.equal(env.secretKey);
    expect(location.href).not.to.contain(env.secretKey);

    // A study from a research question: Parley drafts the plan.
    await click('New study', 'a');
    await until(() => document.querySelector('#research-question'), 'the question step');
    type('#research-question', 'Why do customers who contact support about billing leave unhappy?');
    choose('#template', 'support');
    await click('Draft the plan', 'button');
    await until(() => heading() === 'Refine the plan', 'the plan step', 20_000);
    const studyId = /studies\/(st_[A-Za-z0-9]+)/.exec(location.hash)![1]!;
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-2-plan');

    // Edit a mandatory question; a fourth one draws the recommendation, removing it clears it.
    const firstMandatory = document.querySelector<HTMLTextAreaElement>('#plan-mandatory textarea')!;
    expect(firstMandatory.value.length).to.be.greaterThan(5);
    type('#plan-mandatory li:first-child textarea', NEW_MANDATORY);
    const count = document.querySelectorAll('#plan-mandatory li').length;
    for (let i = count; i < 4; i++) {
      await click('Add a mandatory question', 'button');
      type(`#plan-mandatory li:nth-child(${i + 1}) textarea`, `An extra mandatory question number ${i + 1}?`);
    }
    await until(() => byText('#plan-mandatory .warning', 'You have 4'), 'the too-many-questions warning');
    while (document.querySelectorAll('#plan-mandatory li').length > count) {
      document.querySelector<HTMLButtonElement>(`#plan-mandatory li:last-child button[aria-label^="Remove"]`)!.click();
      await new Promise((r) => setTimeout(r, 30));
    }
    await click('Save and continue', 'button');
    await until(() => heading() === 'The participant experience', 'the experience step');
    expect((await admin('GET', `/v1/studies/${studyId}`)).plan.mandatoryQuestions[0]).to.equal(NEW_MANDATORY);

    // The participant experience, with the real widget previewing it as it is typed.
    type('#exp-title', 'Your billing support experience');
    type('#exp-welcome', 'Five minutes about your last billing question. It helps us fix what went wrong.');
    type('#exp-researcher-name', 'Maya Chen');
    const preview = await until(() => document.querySelector('parley-interview')?.shadowRoot?.querySelector('.welcome'), 'the widget preview');
    await until(() => preview.textContent?.includes('Five minutes about your last billing question'), 'the preview to follow the typing');
    expect(document.querySelector('parley-interview')!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Your billing support experience');
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-3-experience');
    await click('Save and continue', 'button');

    // Distribution: a post-support-ticket trigger, the embed snippet with this study and the workspace's publishable key.
    await until(() => heading() === 'Distribution', 'the distribution step');
    await click('After a support ticket is solved', 'button');
    await until(() => byText('.trigger strong', 'support_ticket_solved'), 'the new trigger');
    type('#sample-rate', '50');
    const inline = byText('.snippet', 'Inline element')!.querySelector('code')!.textContent!;
    expect(inline).to.contain(`study="${studyId}"`).and.contain(`publishable-key="${env.publishableKey}"`);
    expect(byText('.snippet', 'Server event')!.textContent).to.contain('"event":"support_ticket_solved"');
    // The loader snippet is the stub form: calls made before parley.js arrives are queued for it.
    const loader = byText('.snippet', 'Loader snippet')!.querySelector('code')!.textContent!;
    expect(loader).to.contain('P = w.Parley = { q: [] };').and.contain(`publishableKey: '${env.publishableKey}'`).and.contain("/widget/parley.js';");
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-4-distribution');
    await click('Save and continue', 'button');
    await until(() => heading() === 'Publish', 'the publish step');
    await click('Publish', 'button');
    await until(() => location.hash.endsWith('/share') && byText('h2', 'Share link'), 'the share tab of the live study');
    const saved = await admin('GET', `/v1/studies/${studyId}`);
    expect(saved.status).to.equal('live');
    expect(saved.triggers).to.deep.equal([{ on: 'event', event: 'support_ticket_solved', delayMinutes: 0 }]);
    expect(saved.targeting.sampleRate).to.equal(0.5);
    expect(saved.experience.researcher).to.deep.equal({ name: 'Maya Chen' });

    // An interview through the share link, on the hosted page, in another tab.
    const link = document.querySelector<HTMLInputElement>('input[aria-label="Share link"]')!.value;
    expect(link).to.equal(`${env.api}/i/s/${studyId}`);
    const visit = (await executeServerCommand('visit', {
      url: `${link}?participant=u_flow`,
      steps: [
        { waitFor: `${inWidget}?.querySelector('[part="start"]')` },
        { click: 'parley-interview >>> [part="start"]' },
        { waitFor: `${inWidget}?.querySelector('textarea')` },
        ...answerSteps([
          'I was charged twice for my subscription and the refund took two weeks, which was really frustrating.',
          'Support answered by email but each reply took days and I had to explain the double charge again.',
        ]),
      ],
    })) as { errors: string[] };
    expect(visit.errors).to.deep.equal([]);

    // The interview appears in the live list, and its transcript reads back.
    await click('Interviews', '.tabs a');
    const row = await until(() => byText<HTMLAnchorElement>('tbody th a', 'u_flow'), 'the interview in the list');
    expect(byText('tbody tr', 'u_flow')!.textContent).to.contain('In progress').and.contain('2 answers');
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-5-interviews');
    row.click();
    await until(() => byText('.turn.participant', 'charged twice'), 'the transcript');
    expect(heading()).to.equal('Interview with u_flow');
    expect(document.querySelectorAll('.turn.participant').length).to.equal(2);

    // Insights: there, and they move when another interview comes in.
    await click('All interviews', 'a');
    await click('Insights', '.tabs a');
    await until(() => byText('p', /1 interview and 2 answers analysed/), 'the first insights', 20_000);
    expect(document.querySelector('#summary-h')).to.not.equal(null);
    const started = await admin('POST', '/v1/sessions', { studyId, participant: { id: 'u_second', attributes: { plan: 'pro' } } });
    await admin('POST', `/v1/sessions/${started.id}/turns`, { id: 'tu_second_1', text: 'I was charged twice this month and waited ten days for the refund, which was frustrating.' });
    await until(() => byText('p', /2 interviews and 3 answers analysed/), 'the insights to update', 20_000);
    await until(() => document.querySelectorAll('.bar-list[aria-label="Interviews per theme"] li').length > 0, 'a theme shared by both interviews');
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-6-insights');

    // Ask: an answer streamed with citations, and a citation jumps to the very turn.
    await click('Ask', '.tabs a');
    await until(() => document.querySelector('#ask-question'), 'the ask box');
    type('#ask-question', 'What do people say about refunds?');
    await click(/^Ask$/, 'button');
    const source = await until(() => document.querySelector<HTMLAnchorElement>('.citations a'), 'the citations', 20_000);
    expect(document.querySelector('.answer-text')!.textContent!.length).to.be.greaterThan(20);
    expect(await axeViolations()).to.deep.equal([]);
    await screenshot('console-7-ask');
    const cited = /turn=([A-Za-z0-9_-]+)/.exec(source.href)![1]!;
    source.click();
    const turn = await until(() => document.querySelector(`.turn.cited`), 'the cited turn');
    expect(turn.id).to.equal(`turn-${cited}`);
    await until(() => document.activeElement?.id === turn.id, 'focus on the cited turn', 3000);
    expect(source.textContent).to.contain(turn.querySelector('p')!.textContent!.slice(0, 20));
    await screenshot('console-8-cited-turn', false);
  });
});
