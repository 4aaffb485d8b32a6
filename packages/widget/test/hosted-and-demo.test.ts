import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { admin, env, liveStudy } from './fixtures.ts';

interface Visit {
  errors: string[];
  result: unknown;
}

const inWidget = (selector: string) => `document.querySelector('parley-interview')?.shadowRoot?.querySelector(${JSON.stringify(selector)})`;

describe('pages served by the API', () => {
  it('serves the hosted interview page for a share link: full page, mobile-sized, under a strict CSP', async () => {
    const study = await liveStudy();
    const visit = (await executeServerCommand('visit', {
      url: `${env.api}/i/s/${study}?participant=u_link`,
      viewport: { width: 390, height: 844 },
      steps: [{ waitFor: inWidget('[part="start"]') }, { click: 'parley-interview >>> [part="start"]' }, { waitFor: inWidget('textarea') }],
      screenshot: 'hosted-page-mobile',
      evaluate: `({ mode: document.querySelector('parley-interview').getAttribute('mode'), csp: true, first: ${inWidget('.msg')}.textContent })`,
    })) as Visit;
    expect(visit.errors).to.deep.equal([]);
    const result = visit.result as { mode: string; first: string };
    expect(result.mode).to.equal('fullpage');
    expect(result.first).to.contain('What happened the last time you had a billing problem?');
  });

  it('creates no session on load, and keeps each invitation\'s saved interview to itself on a shared device', async () => {
    const study = await liveStudy();
    const first = await admin('POST', '/v1/invitations', { studyId: study });
    const second = await admin('POST', '/v1/invitations', { studyId: study });
    const looked = (await executeServerCommand('visit', {
      url: `${env.api}/i/${first.id}`,
      steps: [{ waitFor: inWidget('[part="start"]') }],
    })) as Visit;
    expect(looked.errors).to.deep.equal([]);
    expect((await admin('GET', `/v1/sessions?studyId=${study}`)).data).to.deep.equal([]);
    const answered = (await executeServerCommand('visit', {
      url: `${env.api}/i/${first.id}`,
      steps: [
        { waitFor: inWidget('[part="start"]') },
        { click: 'parley-interview >>> [part="start"]' },
        { waitFor: inWidget('textarea') },
        { type: ['parley-interview >>> textarea', 'First person on this laptop.'] },
        { click: 'parley-interview >>> [part="send"]' },
        { waitFor: `${inWidget('.msg')} && document.querySelector('parley-interview').shadowRoot.querySelectorAll('.msg:not(.typing)').length === 3` },
      ],
    })) as Visit;
    expect(answered.errors).to.deep.equal([]);
    const next = (await executeServerCommand('visit', {
      url: `${env.api}/i/${second.id}`,
      steps: [{ waitFor: inWidget('[part="start"]') }],
      screenshot: 'hosted-page-second-invitation-welcome',
      evaluate: `document.querySelector('parley-interview').shadowRoot.textContent`,
    })) as Visit;
    expect(next.errors).to.deep.equal([]);
    expect(next.result).to.not.contain('First person on this laptop.');
    const back = (await executeServerCommand('visit', {
      url: `${env.api}/i/${first.id}`,
      steps: [{ waitFor: `document.querySelector('parley-interview')?.shadowRoot?.querySelectorAll('.msg:not(.typing)').length === 3` }],
      evaluate: `document.querySelector('parley-interview').shadowRoot.textContent`,
    })) as Visit;
    expect(back.result).to.contain('First person on this laptop.');
    expect((await admin('GET', `/v1/sessions?studyId=${study}`)).data).to.have.length(1);
  });

  it('answers an unknown or unpublished study link with a 404 page', async () => {
    const res = await fetch(`${env.api}/i/s/st_does_not_exist`);
    expect(res.status).to.equal(404);
    expect(await res.text()).to.contain('This interview is not available');
  });

  it('runs the demo at /: "ticket solved" fires an event whose study opens in the corner', async () => {
    const visit = (await executeServerCommand('visit', {
      url: `${env.api}/`,
      steps: [{ click: '#solve' }, { waitFor: inWidget('[part="start"]') }],
      screenshot: 'demo-support-moment',
      evaluate: `${inWidget('h2')}.textContent`,
    })) as Visit;
    expect(visit.errors).to.deep.equal([]);
    expect(visit.result).to.equal('Your recent support experience');
  });

  it('runs the demo at /: "onboarding day 30" identifies a user who signed up 30 days ago, and their study opens', async () => {
    const visit = (await executeServerCommand('visit', {
      url: `${env.api}/`,
      steps: [{ click: '#day30' }, { waitFor: inWidget('[part="start"]') }],
      evaluate: `${inWidget('h2')}.textContent`,
    })) as Visit;
    expect(visit.errors).to.deep.equal([]);
    expect(visit.result).to.equal('Your experience with us so far');
  });
});
