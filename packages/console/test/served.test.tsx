import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { env } from './fixtures.ts';

interface Visit {
  errors: string[];
  result: unknown;
}

describe('the console as npm start serves it, at /console', () => {
  it('runs the built bundle under its strict Content-Security-Policy: sign in, studies, a study page', async () => {
    const study = await (await fetch(`${env.api}/v1/studies`, { method: 'POST', headers: { authorization: `Bearer ${env.secretKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ researchQuestion: 'What do new teams struggle with in week one?', status: 'live' }) })).json();
    const visit = (await executeServerCommand('visit', {
      url: `${env.api}/console`,
      viewport: { width: 1280, height: 800 },
      steps: [
        { waitFor: `document.querySelector('#secret-key')` },
        { type: ['#secret-key', env.secretKey] },
        { click: 'button[type="submit"]' },
        { waitFor: `document.querySelector('h1')?.textContent === 'Studies'` },
        { evaluate: `location.hash = '#/studies/${study.id}'` },
        { waitFor: `performance.getEntriesByName('parley:study-ready').length > 0` },
      ],
      screenshot: 'console-served-study',
      evaluate: `({ title: document.querySelector('h1').textContent, key: sessionStorage.getItem('parley.console.secretKey'), url: location.href })`,
    })) as Visit;
    expect(visit.errors).to.deep.equal([]);
    const result = visit.result as { title: string; key: string; url: string };
    expect(result.title).to.contain(study.title);
    expect(result.key).to.equal(env.secretKey);
    expect(result.url).not.to.contain('sk_');
  });
});
